/**
 * The casts that fall on the chosen regions' public holidays, in the simulated period: date, the
 * holidays' names, the streams casting. "Pause the program over these dates" switches the program
 * off for the ticked ones (one undo step); the effect is read from the simulation after the change
 * against the one before it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pauseOverHolidays } from '../../document/actions/holidays';
import type { HolidayRegion } from '../../document/ops/holidays';
import {
  holidayCasts,
  periodTotals,
  yearsOf,
  type PeriodTotals,
} from '../../simulation/derive/holidayCasts';
import { longDate } from '../../simulation/derive/dates';
import { editorStore, useEditor } from '../../store/useEditor';
import { usePreview } from '../../store/usePreview';
import { useHolidays } from '../../wording/useHolidays';
import { PauseEffect } from './PauseEffect';

export function HolidayList({ regions }: { regions: HolidayRegion[] }) {
  const { t, i18n } = useTranslation();
  const result = usePreview((s) => s.result);
  const doc = useEditor((s) => s.doc);
  const frame = result?.frame ?? null;
  const years = useMemo(() => (frame === null ? [] : yearsOf(frame)), [frame]);
  const holidays = useHolidays(regions, years);
  const rows = useMemo(
    () => (frame === null || holidays.data === undefined ? [] : holidayCasts(frame, holidays.data)),
    [frame, holidays.data],
  );
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [pause, setPause] = useState<{ before: PeriodTotals; key: string; doc: unknown } | null>(
    null,
  );

  if (frame === null) return <p className="field__hint">{t('inspector.holidays.noResult')}</p>;
  if (holidays.isError)
    return (
      <p className="field__error" role="alert">
        {t('inspector.holidays.loadFailed')}
      </p>
    );
  if (holidays.data === undefined)
    return <p className="field__hint">{t('inspector.holidays.loading')}</p>;
  if (rows.length === 0) return <p className="field__hint">{t('inspector.holidays.none')}</p>;

  const toPause = rows.filter((r) => !r.paused && !skipped.has(r.date)).map((r) => r.date);
  const pauseNow = () => {
    if (result === null) return;
    const before = periodTotals(result);
    editorStore.getState().apply(pauseOverHolidays, { dates: toPause });
    setPause({ before, key: result.key, doc: editorStore.getState().doc });
  };
  return (
    <>
      <ul className="holidays__list" aria-label={t('inspector.holidays.listLabel')}>
        {rows.map((row) => {
          const names = [...new Set(row.holidays.map((h) => h.name))].join(', ');
          const streams = row.streams.map((s) => frame.streamNames[s]).join(', ');
          return (
            <li key={row.date} className="holidays__item">
              <label className="holidays__check">
                <input
                  type="checkbox"
                  checked={row.paused || !skipped.has(row.date)}
                  disabled={row.paused}
                  onChange={(e) => {
                    const next = new Set(skipped);
                    if (e.target.checked) next.delete(row.date);
                    else next.add(row.date);
                    setSkipped(next);
                  }}
                />
                <span>
                  <time dateTime={row.date} className="holidays__date">
                    {longDate(i18n.language, row.day)}
                  </time>{' '}
                  <span className="holidays__name">{names}</span>
                </span>
              </label>
              <span className="holidays__streams">
                {row.paused
                  ? t('inspector.holidays.paused', { streams })
                  : t('inspector.holidays.casting', { streams })}
              </span>
            </li>
          );
        })}
      </ul>
      {rows.every((r) => r.paused) ? (
        <p className="field__hint">{t('inspector.holidays.allPaused')}</p>
      ) : (
        <button type="button" disabled={toPause.length === 0} onClick={pauseNow}>
          {toPause.length === 0
            ? t('inspector.holidays.pauseTicked')
            : t('inspector.holidays.pause', { count: toPause.length })}
        </button>
      )}
      {pause !== null && pause.doc === doc && (
        <PauseEffect before={pause.before} beforeKey={pause.key} />
      )}
    </>
  );
}
