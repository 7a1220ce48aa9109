/**
 * The listed people as an editable table, virtualised: only the rows in view are rendered, so a
 * file of 100,000 people scrolls as smoothly as one of ten. One header row, one row per person.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../model';
import { PersonRow, type RowContext } from './PersonRow';
import { knownZones } from '../../worker/csvValues';

const ROW = 40;

export interface PeopleTableProps {
  people: readonly Person[];
  /** The people shown, by index into `people` (a search); null: everyone. */
  shown: readonly number[] | null;
  /** Scroll this row (an index into the rows shown) into view when it changes. */
  reveal: { row: number } | null;
  context: Omit<RowContext, 'zoneList'>;
}

export function PeopleTable({ people, shown, reveal, context }: PeopleTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const zoneList = useId();
  const count = shown?.length ?? people.length;
  // TanStack Virtual hands back fresh functions each render, which the React Compiler cannot
  // memoise; the table simply re-renders as it scrolls, as the library intends.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 10,
  });
  useEffect(() => {
    if (reveal !== null) virtual.scrollToIndex(reveal.row, { align: 'auto' });
  }, [reveal, virtual]);

  const columns = [
    '11rem',
    '16rem',
    ...context.attributes.map(() => '11rem'),
    'minmax(11rem, 1fr)',
    '8.5rem',
    '3rem',
  ].join(' ');
  const rowContext: RowContext = useMemo(() => ({ ...context, zoneList }), [context, zoneList]);
  const header = (text: string, key: string, hidden = false) => (
    <div role="columnheader" className="aud-head__cell" key={key}>
      {hidden ? <span className="visually-hidden">{text}</span> : text}
    </div>
  );

  return (
    <div className="aud-table__scroll" ref={scroller}>
      <div
        role="table"
        aria-label={t('preview.audience.people.table')}
        aria-rowcount={count + 1}
        className="aud-table"
        style={{ ['--aud-columns' as string]: columns }}
      >
        <div role="rowgroup" className="aud-head">
          <div role="row" aria-rowindex={1} className="aud-row aud-row--head">
            {header(t('preview.audience.people.column.id'), 'id')}
            {header(t('preview.audience.people.column.timeZone'), 'zone')}
            {context.attributes.map((name) => header(name, `attribute:${name}`))}
            {header(t('preview.audience.people.column.programs'), 'programs')}
            {header(t('preview.audience.people.column.unsubscribed'), 'unsubscribed')}
            {header(t('preview.audience.people.column.actions'), 'actions', true)}
          </div>
        </div>
        <div role="rowgroup" className="aud-body" style={{ height: virtual.getTotalSize() }}>
          {virtual.getVirtualItems().map((item) => {
            const index = shown ? shown[item.index]! : item.index;
            return (
              <PersonRow
                key={item.key}
                person={people[index]!}
                rowIndex={item.index + 2}
                start={item.start}
                context={rowContext}
              />
            );
          })}
        </div>
      </div>
      <datalist id={zoneList}>
        <option value={t('preview.audience.people.programZone')} />
        {knownZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </div>
  );
}
