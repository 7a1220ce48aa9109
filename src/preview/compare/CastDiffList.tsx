/**
 * The casts A and B give differently, per person and date, virtualised (a large audience can have
 * a million); a person's name opens their journey (in this program, A).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewFrame } from '../../engine';
import type { CastDiff } from '../../simulation/derive/castDiff';
import { countText, mediumDate } from '../../simulation/derive/dates';
import { personIdAt } from '../../simulation/derive/people';
import { previewStore } from '../../store/usePreview';

const ROW = 30;

export function CastDiffList({
  diff,
  a,
  b,
  people,
}: {
  diff: CastDiff;
  a: PreviewFrame;
  b: PreviewFrame;
  people: number;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands back fresh functions each render, which the React Compiler cannot
  // memoise; the component simply re-renders as it scrolls, as the library intends.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: diff.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 12,
  });
  const namer = (frame: PreviewFrame) => {
    const names = new Map(frame.contentIds.map((id, i) => [id, frame.contentNames[i] ?? id]));
    return (ids: string[]) =>
      ids.length === 0
        ? t('preview.compare.casts.nothing')
        : ids.map((id) => names.get(id) ?? id).join(', ');
  };
  const nameA = namer(a);
  const nameB = namer(b);
  return (
    <section className="compare-casts" aria-labelledby="compare-casts-title">
      <h3 id="compare-casts-title" className="compare-casts__title">
        {t('preview.compare.casts.title')}
      </h3>
      <p className="compare-casts__summary" data-testid="compare-summary">
        {diff.rows.length === 0
          ? t('preview.compare.casts.same')
          : t('preview.compare.casts.summary', {
              count: diff.rows.length,
              people: countText(language, diff.people),
              total: countText(language, people),
            })}
      </p>
      {diff.rows.length > 0 && (
        <div className="compare-casts__table" role="table" aria-labelledby="compare-casts-title">
          <div className="compare-casts__row compare-casts__head" role="row">
            <span role="columnheader">{t('preview.compare.casts.who')}</span>
            <span role="columnheader">{t('preview.compare.casts.date')}</span>
            <span role="columnheader">{t('preview.compare.casts.gotA')}</span>
            <span role="columnheader">{t('preview.compare.casts.gotB')}</span>
          </div>
          <div className="compare-casts__scroller" ref={scroller} role="rowgroup">
            <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
              {virtual.getVirtualItems().map((item) => {
                const row = diff.rows[item.index]!;
                const id = personIdAt(a, row.person);
                return (
                  <div
                    key={item.key}
                    className="compare-casts__row"
                    role="row"
                    aria-rowindex={item.index + 2}
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    <span role="cell">
                      <button
                        type="button"
                        className="compare-casts__person"
                        aria-label={t('preview.compare.casts.openJourney', { person: id })}
                        onClick={() => previewStore.getState().openPerson(id)}
                      >
                        {id}
                      </button>
                    </span>
                    <span role="cell">{mediumDate(language, row.day)}</span>
                    <span role="cell">{nameA(row.a)}</span>
                    <span role="cell">{nameB(row.b)}</span>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
