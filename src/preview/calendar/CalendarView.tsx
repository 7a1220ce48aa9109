/**
 * The cast calendar: streams as rows in lane order, cast dates (or weeks, or months) as columns;
 * each cell says what was sent per item, blocked and newly exhausted. A cell opens its details and
 * the people at those casts, and moves the shared date cursor there.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cursorDayOf } from '../../simulation/derive/counts';
import { filterStreamOf } from '../../simulation/derive/filterStream';
import { periodAt, type Zoom } from '../../simulation/derive/periods';
import type { PreviewResult } from '../../simulation/previewStore';
import { useEditor } from '../../store/useEditor';
import { previewStore, usePreview } from '../../store/usePreview';
import { calendarModel } from './calendarModel';
import { useHolidayMarks } from './useHolidayMarks';
import { CalendarGrid } from './CalendarGrid';
import { CastDetails } from './CastDetails';
import { periodLongLabel } from './periodLabel';
import { ZoomPicker } from './ZoomPicker';
import './calendar.css';

export function CalendarView({ result }: { result: PreviewResult }) {
  const { t, i18n } = useTranslation();
  const stream = useEditor((s) => filterStreamOf(s.selection));
  const cursor = cursorDayOf(
    result.frame,
    usePreview((s) => s.cursorDay),
  );
  const [zoom, setZoom] = useState<Zoom>('day');
  const [open, setOpen] = useState<{ row: number; col: number } | null>(null);
  const model = useMemo(() => calendarModel(result, zoom, stream), [result, zoom, stream]);
  const cursorCol = periodAt(model.periods, cursor);
  const holidays = useHolidayMarks(result.frame);

  const choose = (row: number, col: number) => {
    const cell = model.cells[row]![col]!;
    const casts = cell.casts;
    const day =
      casts.length > 0
        ? result.frame.casts.day[casts[casts.length - 1]!]!
        : model.periods[col]!.first;
    previewStore.getState().setCursor(day);
    setOpen(cell.totals ? { row, col } : null);
  };
  const opened = open && model.cells[open.row]?.[open.col]?.totals ? open : null;
  if (model.periods.length === 0)
    return <p className="preview-empty">{t('preview.empty.noCasts')}</p>;
  return (
    <div className="calendar">
      <div className="calendar__bar">
        <ZoomPicker
          zoom={zoom}
          onChange={(z) => {
            setZoom(z);
            setOpen(null);
          }}
        />
      </div>
      <div className="calendar__body">
        <CalendarGrid
          result={result}
          model={model}
          zoom={zoom}
          cursorCol={cursorCol}
          holidays={holidays}
          opened={opened}
          onChoose={choose}
          onEscape={() => setOpen(null)}
        />
        {opened && (
          <CastDetails
            key={`${opened.row}:${opened.col}:${zoom}`}
            result={result}
            stream={model.streams[opened.row]!}
            title={periodLongLabel(t, i18n.language, zoom, model.periods[opened.col]!)}
            cell={model.cells[opened.row]![opened.col]!}
            onClose={() => {
              setOpen(null);
              // Back to the cell the details came from.
              document
                .querySelector<HTMLElement>(`[data-cell="${opened.row}:${opened.col}"]`)
                ?.focus();
            }}
          />
        )}
      </div>
    </div>
  );
}
