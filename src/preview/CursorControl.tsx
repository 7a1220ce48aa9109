/**
 * The shared date cursor: the calendar, the charts and the canvas's lane counts all show the program
 * at this date. Step to the previous or next cast (of the selected stream, or of any), or pick a date.
 */
import { useTranslation } from 'react-i18next';
import { cursorDayOf } from '../simulation/derive/counts';
import { castsInPeriod } from '../simulation/derive/periods';
import { dayOfIso, isoOfDay } from '../simulation/derive/dates';
import { filterStreamOf } from '../simulation/derive/filterStream';
import { useEditor } from '../store/useEditor';
import { previewStore, usePreview } from '../store/usePreview';
import { DateField } from '../ui/DateField';

export function CursorControl() {
  const { t } = useTranslation();
  const frame = usePreview((s) => s.result?.frame ?? null);
  const chosen = usePreview((s) => s.cursorDay);
  const stream = useEditor((s) => filterStreamOf(s.selection));
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
      <DateField
        compact
        label={t('preview.cursor.label')}
        value={isoOfDay(day)}
        min={isoOfDay(frame.fromDay)}
        max={isoOfDay(frame.untilDay)}
        onCommit={(iso) => set(dayOfIso(iso))}
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
