/** The people at a cell's casts, virtualised (a cast can reach a million); a click opens a journey. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CastPeople, PreviewFrame } from '../../engine';
import { previewStore } from '../../store/usePreview';
import { outcomeText } from './outcomeText';

const ROW = 30;

export function CastPeopleList({
  people,
  frame,
  idOf,
}: {
  people: CastPeople;
  frame: PreviewFrame;
  idOf: (person: number) => string;
}) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands back fresh functions each render, which the React Compiler cannot
  // memoise; the component simply re-renders as it scrolls, as the library intends.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: people.persons.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 12,
  });
  if (people.persons.length === 0)
    return <p className="cal-details__empty">{t('preview.calendar.details.noPeople')}</p>;
  return (
    <div className="cal-people" ref={scroller}>
      <ul className="cal-people__list" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((row) => {
          const i = row.index;
          const id = idOf(people.persons[i]!);
          return (
            <li
              key={row.key}
              className="cal-people__row"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <button
                type="button"
                className="cal-people__person"
                aria-label={t('preview.calendar.openJourney', { person: id })}
                onClick={() => previewStore.getState().openPerson(id)}
              >
                {id}
              </button>
              <span className="cal-people__outcome">
                {outcomeText(
                  t,
                  i18n.language,
                  frame,
                  people.outcome[i]!,
                  people.content[i]!,
                  people.flags[i]!,
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
