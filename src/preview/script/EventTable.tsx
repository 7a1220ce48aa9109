/**
 * The events as a table, in the order the simulator applies them. Past VIRTUAL_FROM rows only the
 * rows in view are rendered (spacer rows keep the scroll height): a file can hold 100,000 events.
 * The edited event is scrolled into view whenever it moves (its time changed).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioEvent } from '../../model';
import type { Names } from '../../wording/names';
import type { EventContext } from './eventChecks';
import { EventRow } from './EventRow';

export const VIRTUAL_FROM = 200;
const ROW = 33;
/** The sticky header row's height (script.css): the rows start below it in the scroller. */
const HEADER = 33;

export interface EventTableProps {
  events: readonly ScenarioEvent[];
  /** File indices of the rows, in table order. */
  rows: Int32Array;
  zone: string;
  names: Names;
  context: EventContext;
  /** File index of the edited event, or -1. */
  selected: number;
  onEdit: (index: number) => void;
  onDuplicate: (index: number) => void;
  onDelete: (index: number) => void;
}

export function EventTable(props: EventTableProps) {
  const { events, rows, selected } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualised = rows.length > VIRTUAL_FROM;
  // TanStack Virtual hands back fresh functions each render, which the React Compiler cannot
  // memoise; the component simply re-renders as it scrolls, as the library intends.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 12,
    scrollMargin: HEADER,
    scrollPaddingStart: HEADER,
    enabled: virtualised,
  });
  const position = selected < 0 ? -1 : rows.indexOf(selected);
  useEffect(() => {
    if (position < 0) return;
    if (virtualised) virtual.scrollToIndex(position, { align: 'auto' });
    else
      scroller.current
        ?.querySelector(`[data-event="${rows[position]}"]`)
        ?.scrollIntoView({ block: 'nearest' });
  }, [position, virtualised, virtual, rows]);

  const items = virtualised
    ? virtual.getVirtualItems().map((v) => ({ pos: v.index, key: v.key }))
    : Array.from(rows, (_, pos) => ({ pos, key: pos as number | string | bigint }));
  const first = virtualised ? virtual.getVirtualItems()[0] : undefined;
  const last = virtualised ? virtual.getVirtualItems().at(-1) : undefined;
  const top = first ? first.start - HEADER : 0;
  const bottom = last ? virtual.getTotalSize() + HEADER - last.end : 0;
  const firstStream = props.context.streams[0]?.id;
  return (
    <div className="script-table" ref={scroller}>
      <table aria-label={t('preview.script.tableLabel')} aria-rowcount={rows.length + 1}>
        <colgroup>
          <col className="script-table__when" />
          <col className="script-table__who" />
          <col className="script-table__what" />
          <col />
          <col className="script-table__actions" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('preview.script.columns.when', { zone: props.zone })}</th>
            <th scope="col">{t('preview.script.columns.who')}</th>
            <th scope="col">{t('preview.script.columns.what')}</th>
            <th scope="col">{t('preview.script.columns.details')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('preview.script.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map(({ pos, key }) => {
            const index = rows[pos]!;
            return (
              <EventRow
                key={String(key)}
                event={events[index]!}
                index={index}
                rowIndex={pos + 2}
                zone={props.zone}
                names={props.names}
                context={props.context}
                firstStream={firstStream}
                selected={index === selected}
                onEdit={props.onEdit}
                onDuplicate={props.onDuplicate}
                onDelete={props.onDelete}
              />
            );
          })}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}
