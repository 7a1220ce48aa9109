/**
 * The cast calendar: streams as rows in lane order, cast dates (or weeks, or months) as columns;
 * each cell says what was sent per item, blocked and newly exhausted. A cell opens its details and
 * the people at those casts, and moves the shared date cursor there. Arrow keys move between cells.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cursorDayOf } from '../../simulation/derive/counts';
import { periodAt, type Zoom } from '../../simulation/derive/periods';
import type { PreviewResult } from '../../simulation/previewStore';
import { previewStore, usePreview } from '../../store/usePreview';
import { editorStore, useEditor } from '../../store/useEditor';
import { filterStreamOf } from '../../simulation/derive/filterStream';
import { swatchStyle } from '../../ui/palette';
import { useRovingGrid } from '../useRovingGrid';
import { calendarModel } from './calendarModel';
import { CalendarCell } from './CalendarCell';
import { CastDetails } from './CastDetails';
import { periodLabel, periodLongLabel } from './periodLabel';
import './calendar.css';

const ZOOMS: Zoom[] = ['day', 'week', 'month'];

export function CalendarView({ result }: { result: PreviewResult }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const stream = useEditor((s) => filterStreamOf(s.selection));
  const cursor = cursorDayOf(
    result.frame,
    usePreview((s) => s.cursorDay),
  );
  const [zoom, setZoom] = useState<Zoom>('day');
  const [open, setOpen] = useState<{ row: number; col: number } | null>(null);
  const model = useMemo(() => calendarModel(result, zoom, stream), [result, zoom, stream]);
  const grid = useRovingGrid(model.streams.length, model.periods.length);
  const table = useRef<HTMLTableElement>(null);
  const cursorCol = periodAt(model.periods, cursor);
  const { frame } = result;

  const focusCell = (row: number, col: number) =>
    table.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`)?.focus();
  const onKeyDown = (e: KeyboardEvent) => {
    const next = grid.onKeyDown(e);
    if (next) focusCell(next.row, next.col);
  };
  const choose = (row: number, col: number) => {
    grid.setActive({ row, col });
    const period = model.periods[col]!;
    const casts = model.cells[row]![col]!.casts;
    const day = casts.length > 0 ? frame.casts.day[casts[casts.length - 1]!]! : period.first;
    previewStore.getState().setCursor(day);
    setOpen(model.cells[row]![col]!.totals ? { row, col } : null);
  };

  const opened = open && model.cells[open.row]?.[open.col]?.totals ? open : null;
  if (model.periods.length === 0)
    return <p className="preview-empty">{t('preview.empty.noCasts')}</p>;
  return (
    <div className="calendar">
      <div className="calendar__bar">
        <div className="segmented" role="radiogroup" aria-label={t('preview.calendar.zoom.label')}>
          {ZOOMS.map((z) => (
            <button
              key={z}
              type="button"
              role="radio"
              aria-checked={zoom === z}
              className="segmented__option"
              onClick={() => {
                setZoom(z);
                setOpen(null);
              }}
            >
              {t(`preview.calendar.zoom.${z}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="calendar__body">
        <div className="calendar__scroll">
          <table
            className="cal-grid"
            role="grid"
            aria-label={t('preview.calendar.label')}
            ref={table}
            onKeyDown={onKeyDown}
          >
            <thead>
              <tr>
                <th scope="col" className="cal-grid__corner">
                  {t('preview.calendar.stream')}
                </th>
                {model.periods.map((period, col) => (
                  <th
                    key={period.first}
                    scope="col"
                    className={`cal-grid__date${col === cursorCol ? ' cal-grid__date--cursor' : ''}`}
                    title={periodLongLabel(t, language, zoom, period)}
                    aria-current={col === cursorCol ? 'date' : undefined}
                  >
                    {periodLabel(t, language, zoom, period)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.streams.map((s, row) => (
                <tr key={s}>
                  <th scope="row" className="cal-grid__stream" style={swatchStyle(s)}>
                    <button
                      type="button"
                      className="cal-grid__stream-name"
                      title={t('preview.calendar.selectStream', { name: frame.streamNames[s] })}
                      onClick={() =>
                        editorStore.getState().select([{ kind: 'stream', id: frame.streamIds[s]! }])
                      }
                    >
                      {frame.streamNames[s]}
                    </button>
                  </th>
                  {model.cells[row]!.map((cell, col) => {
                    const active = grid.active.row === row && grid.active.col === col;
                    const period = model.periods[col]!;
                    return (
                      <td
                        key={period.first}
                        role="gridcell"
                        className={`cal-grid__cell${col === cursorCol ? ' cal-grid__cell--cursor' : ''}${opened?.row === row && opened.col === col ? ' cal-grid__cell--open' : ''}`}
                        aria-selected={opened?.row === row && opened.col === col}
                      >
                        <button
                          type="button"
                          className="cal-grid__button"
                          data-cell={`${row}:${col}`}
                          tabIndex={active ? 0 : -1}
                          onClick={() => choose(row, col)}
                        >
                          <CalendarCell cell={cell} frame={frame} />
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {opened && (
          <CastDetails
            key={`${opened.row}:${opened.col}:${zoom}`}
            result={result}
            stream={model.streams[opened.row]!}
            title={periodLongLabel(t, language, zoom, model.periods[opened.col]!)}
            cell={model.cells[opened.row]![opened.col]!}
            onClose={() => {
              setOpen(null);
              focusCell(opened.row, opened.col);
            }}
          />
        )}
      </div>
    </div>
  );
}
