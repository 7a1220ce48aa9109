/**
 * The shared date cursor: the calendar, the charts and the canvas's lane counts all show the program
 * at this date. Step to the previous or next cast (of the selected stream, or of any), or pick a date.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cursorDayOf } from '../simulation/derive/counts';
import { castsInPeriod } from '../simulation/derive/periods';
import { dayOfIso, isoOfDay, longDate } from '../simulation/derive/dates';
import { filterStreamOf } from '../simulation/derive/filterStream';
import { useEditor } from '../store/useEditor';
import { previewStore, usePreview } from '../store/usePreview';

export function CursorControl() {
  const { t, i18n } = useTranslation();
  const frame = usePreview((s) => s.result?.frame ?? null);
  const chosen = usePreview((s) => s.cursorDay);
  const stream = useEditor((s) => filterStreamOf(s.selection));
  // What is typed, while it is not yet a date of the period: the cursor moves only to a whole,
  // valid date, so typing a year digit by digit is never snapped back.
  const [draft, setDraft] = useState<string | null>(null);
  if (frame === null) return null;
  const day = cursorDayOf(frame, chosen);
  const s = stream === null ? -1 : frame.streamIds.indexOf(stream);
  const days = [
    ...new Set(
      castsInPeriod(frame)
        .filter((c) => s < 0 || frame.casts.stream[c] === s)
        .map((c) => frame.casts.day[c]!),
    ),
  ];
  const previous = days.filter((d) => d < day).at(-1);
  const next = days.find((d) => d > day);
  const set = (d: number) => previewStore.getState().setCursor(d);
  return (
    <div className="cursor-control" role="group" aria-label={t('preview.cursor.label')}>
      <button
        type="button"
        onClick={() => previous !== undefined && set(previous)}
        disabled={previous === undefined}
        aria-label={t('preview.cursor.previous')}
        title={t('preview.cursor.previous')}
      >
        ‹
      </button>
      <input
        type="date"
        aria-label={t('preview.cursor.label')}
        title={longDate(i18n.language, day)}
        value={draft ?? isoOfDay(day)}
        min={isoOfDay(frame.fromDay)}
        max={isoOfDay(frame.untilDay)}
        aria-invalid={draft !== null || undefined}
        onChange={(e) => {
          const typed = e.target.value;
          const whole = /^\d{4}-\d{2}-\d{2}$/.test(typed) ? dayOfIso(typed) : null;
          if (whole !== null && whole >= frame.fromDay && whole <= frame.untilDay) {
            setDraft(null);
            set(whole);
          } else setDraft(typed);
        }}
        onBlur={() => setDraft(null)}
      />
      <button
        type="button"
        onClick={() => next !== undefined && set(next)}
        disabled={next === undefined}
        aria-label={t('preview.cursor.next')}
        title={t('preview.cursor.next')}
      >
        ›
      </button>
    </div>
  );
}
