/**
 * The calendar's columns: every cast date, or weeks (Monday first) or months holding casts, over
 * the written period. Day numbers are plain dates (days since 1970-01-01), as in the engine.
 */
import type { PreviewFrame } from '../../engine';

export type Zoom = 'day' | 'week' | 'month';

export interface Period {
  /** First and last day number covered. */
  first: number;
  last: number;
  /** Global cast numbers inside the period, in time order. */
  casts: number[];
}

const MS_PER_DAY = 86_400_000;

export function weekStart(day: number): number {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  return day - ((weekday + 6) % 7);
}

function monthBounds(day: number): { first: number; last: number } {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return {
    first: Date.UTC(y, m, 1) / MS_PER_DAY,
    last: Date.UTC(y, m + 1, 0) / MS_PER_DAY,
  };
}

/** The casts dated inside the written period [from, until]. */
export function castsInPeriod(frame: PreviewFrame): number[] {
  const out: number[] = [];
  for (let c = 0; c < frame.casts.count; c++) {
    const day = frame.casts.day[c]!;
    if (day >= frame.fromDay && day <= frame.untilDay) out.push(c);
  }
  return out;
}

export function periods(frame: PreviewFrame, zoom: Zoom): Period[] {
  const out: Period[] = [];
  for (const c of castsInPeriod(frame)) {
    const day = frame.casts.day[c]!;
    const bounds =
      zoom === 'day'
        ? { first: day, last: day }
        : zoom === 'week'
          ? { first: weekStart(day), last: weekStart(day) + 6 }
          : monthBounds(day);
    const last = out[out.length - 1];
    if (last !== undefined && last.first === bounds.first) last.casts.push(c);
    else out.push({ ...bounds, casts: [c] });
  }
  return out;
}

/** The period holding `day`, or the nearest one before it (-1 when none). */
export function periodAt(list: readonly Period[], day: number): number {
  let found = -1;
  for (let i = 0; i < list.length; i++) if (list[i]!.first <= day) found = i;
  return found;
}
