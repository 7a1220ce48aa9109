/** The calendar's grid: for each shown stream and each period, the casts there and their totals. */
import type { PreviewFrame } from '../../engine';
import { castTotals, type CastTotals } from '../../simulation/derive/counts';
import { periods, type Period, type Zoom } from '../../simulation/derive/periods';
import type { PreviewResult } from '../../simulation/previewStore';

export interface CalendarCellModel {
  casts: number[];
  totals: CastTotals | null;
  /** Every cast of the cell was lost (program off, R6). */
  lost: boolean;
}

export interface CalendarModel {
  periods: Period[];
  /** Stream indices shown, in lane order. */
  streams: number[];
  /** cells[row][col]. */
  cells: CalendarCellModel[][];
}

export function calendarModel(
  result: PreviewResult,
  zoom: Zoom,
  streamFilter: string | null,
): CalendarModel {
  const frame: PreviewFrame = result.frame;
  const list = periods(frame, zoom);
  const filtered = streamFilter === null ? -1 : frame.streamIds.indexOf(streamFilter);
  const streams = filtered >= 0 ? [filtered] : frame.streamIds.map((_, s) => s);
  const cells = streams.map((s) =>
    list.map((period): CalendarCellModel => {
      const casts = period.casts.filter((c) => frame.casts.stream[c] === s);
      return {
        casts,
        totals: casts.length > 0 ? castTotals(result, casts) : null,
        lost: casts.length > 0 && casts.every((c) => frame.casts.lost[c] === 1),
      };
    }),
  );
  return { periods: list, streams, cells };
}
