/**
 * The calendar's grid: streams as rows, periods as columns, virtualised across (a daily cadence over
 * a year is hundreds of columns): only the columns in view are rendered, plus the focused one, so the
 * arrow keys can always move focus. The ARIA grid pattern with row and column indices.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Name } from '../../ui/Name';
import type { Zoom } from '../../simulation/derive/periods';
import type { PreviewResult } from '../../simulation/previewStore';
import { editorStore } from '../../store/useEditor';
import { swatchStyle } from '../../ui/palette';
import { useRovingGrid } from '../useRovingGrid';
import type { CalendarModel } from './calendarModel';
import { CalendarCell } from './CalendarCell';
import { periodLabel, periodLongLabel } from './periodLabel';

const COLUMN = 150;

/** The holidays' names on cast dates within [first, last], or null. */
function holidayIn(holidays: ReadonlyMap<number, string>, first: number, last: number) {
  if (holidays.size === 0) return null;
  const names: string[] = [];
  for (let day = first; day <= last; day++) {
    const found = holidays.get(day);
    if (found !== undefined) names.push(found);
  }
  return names.length === 0 ? null : names.join(', ');
}

export interface CalendarGridProps {
  result: PreviewResult;
  model: CalendarModel;
  zoom: Zoom;
  cursorCol: number;
  /** Names of the public holidays on cast dates, by day number (the program's chosen countries). */
  holidays: ReadonlyMap<number, string>;
  opened: { row: number; col: number } | null;
  onChoose(row: number, col: number): void;
  /** Escape in the grid: close the opened cell's details. */
  onEscape(): void;
}

export function CalendarGrid({
  result,
  model,
  zoom,
  cursorCol,
  holidays,
  opened,
  onChoose,
  onEscape,
}: CalendarGridProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { frame } = result;
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRovingGrid(model.streams.length, model.periods.length);
  const activeCol = grid.active.col;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return indexes.includes(activeCol) ? indexes : [...indexes, activeCol].sort((a, b) => a - b);
    },
    [activeCol],
  );
  // TanStack Virtual hands back fresh functions each render, which the React Compiler cannot
  // memoise; the component simply re-renders as it scrolls, as the library intends.
  // eslint-disable-next-line react-hooks/incompatible-library
  const columns = useVirtualizer({
    horizontal: true,
    count: model.periods.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => COLUMN,
    overscan: 4,
    rangeExtractor,
  });
  // The cursor moved elsewhere (a chart, the cursor control): bring its column into view.
  useEffect(() => {
    if (cursorCol < 0) return;
    // After layout: on a first render the scroller has no width yet to scroll within.
    const frame = requestAnimationFrame(() => columns.scrollToIndex(cursorCol, { align: 'auto' }));
    return () => cancelAnimationFrame(frame);
  }, [cursorCol, columns]);

  const focusCell = (row: number, col: number) => {
    columns.scrollToIndex(col, { align: 'auto' });
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`)?.focus(),
    );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && opened) {
      e.preventDefault();
      onEscape();
      return;
    }
    // From a stream's name, the arrow right enters that row at its first date.
    const header = (e.target as HTMLElement).closest<HTMLElement>('[data-row-header]');
    if (header && e.key === 'ArrowRight') {
      e.preventDefault();
      const row = Number(header.dataset.rowHeader);
      grid.setActive({ row, col: 0 });
      focusCell(row, 0);
      return;
    }
    const next = grid.onKeyDown(e);
    if (next) focusCell(next.row, next.col);
  };
  const width = columns.getTotalSize();
  const virtual = columns.getVirtualItems();
  return (
    <div className="cal-scroll" ref={scroller}>
      <div
        role="grid"
        className="cal-grid"
        aria-label={t('preview.calendar.label')}
        aria-rowcount={model.streams.length + 1}
        aria-colcount={model.periods.length + 1}
        style={{ width: `calc(var(--cal-name) + ${width}px)` }}
        onKeyDown={onKeyDown}
      >
        <div role="row" className="cal-row cal-row--head" aria-rowindex={1}>
          <div role="columnheader" className="cal-name cal-name--corner" aria-colindex={1}>
            {t('preview.calendar.stream')}
          </div>
          {virtual.map((v) => {
            const period = model.periods[v.index]!;
            const holiday = holidayIn(holidays, period.first, period.last);
            const long = periodLongLabel(t, language, zoom, period);
            return (
              <div
                key={v.key}
                role="columnheader"
                aria-colindex={v.index + 2}
                className={`cal-date${v.index === cursorCol ? ' cal-date--cursor' : ''}${holiday ? ' cal-date--holiday' : ''}`}
                style={{ transform: `translateX(${v.start}px)`, width: v.size }}
                title={
                  holiday ? `${long} · ${t('preview.calendar.holiday', { names: holiday })}` : long
                }
                aria-current={v.index === cursorCol ? 'date' : undefined}
              >
                {periodLabel(t, language, zoom, period)}
                {holiday && (
                  <span className="cal-date__holiday">
                    <span aria-hidden="true">★</span>
                    <span className="visually-hidden">
                      {t('preview.calendar.holiday', { names: holiday })}
                    </span>
                  </span>
                )}
              </div>
            );
          })}
        </div>
        {model.streams.map((s, row) => (
          <div role="row" className="cal-row" aria-rowindex={row + 2} key={s}>
            <div
              role="rowheader"
              className="cal-name"
              aria-colindex={1}
              style={swatchStyle(s)}
              data-row-header={row}
            >
              <button
                type="button"
                className="cal-name__button"
                title={t('preview.calendar.selectStream', { name: frame.streamNames[s] })}
                onClick={() =>
                  editorStore.getState().select([{ kind: 'stream', id: frame.streamIds[s]! }])
                }
              >
                <Name>{frame.streamNames[s]!}</Name>
              </button>
            </div>
            {virtual.map((v) => {
              const col = v.index;
              const isOpen = opened?.row === row && opened.col === col;
              return (
                <div
                  key={v.key}
                  role="gridcell"
                  aria-colindex={col + 2}
                  aria-selected={isOpen}
                  className={`cal-cell-box${col === cursorCol ? ' cal-cell-box--cursor' : ''}${isOpen ? ' cal-cell-box--open' : ''}`}
                  style={{ transform: `translateX(${v.start}px)`, width: v.size }}
                >
                  <button
                    type="button"
                    className="cal-cell-button"
                    data-cell={`${row}:${col}`}
                    tabIndex={grid.active.row === row && grid.active.col === col ? 0 : -1}
                    onClick={() => {
                      grid.setActive({ row, col });
                      onChoose(row, col);
                    }}
                  >
                    <CalendarCell cell={model.cells[row]![col]!} frame={frame} />
                  </button>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
