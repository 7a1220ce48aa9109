/**
 * The time buckets the charts draw: every day, every week (Monday first) or every month of the
 * written period [fromDay, untilDay], clipped to it. Unlike the calendar's periods these cover every
 * day, cast or not: members are counted at the end of each day whether a stream cast that day or not.
 */
import type { PreviewFrame } from '../../engine';
import { weekStart } from '../../simulation/derive/periods';

export type Resolution = 'day' | 'week' | 'month';

export interface Bucket {
  /** First and last day number of the bucket, inside the written period. */
  first: number;
  last: number;
}

/** Periods longer than this many days are drawn by weeks (time charts) and months (flow). */
export const LONG_PERIOD_DAYS = 120;

const MS_PER_DAY = 86_400_000;

function monthEnd(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / MS_PER_DAY;
}

function bucketEnd(day: number, resolution: Resolution): number {
  if (resolution === 'day') return day;
  if (resolution === 'week') return weekStart(day) + 6;
  return monthEnd(day);
}

export function buckets(frame: PreviewFrame, resolution: Resolution): Bucket[] {
  const out: Bucket[] = [];
  for (let first = frame.fromDay; first <= frame.untilDay;) {
    const last = Math.min(frame.untilDay, bucketEnd(first, resolution));
    out.push({ first, last });
    first = last + 1;
  }
  return out;
}

export const periodDays = (frame: PreviewFrame) => frame.untilDay - frame.fromDay + 1;

/** Days for a short period, weeks for a long one: a few hundred points at most per series. */
export const timeResolution = (frame: PreviewFrame): 'day' | 'week' =>
  periodDays(frame) > LONG_PERIOD_DAYS ? 'week' : 'day';

/** Weeks are the flow chart's default only where each column gets this many pixels. */
export const MIN_FLOW_COLUMN = 56;

/**
 * Weeks for a short period, months for a long one (a Sankey stays readable up to ~20 columns),
 * and months where the weeks would be too narrow for their numbers (`width` pixels).
 */
export function flowResolution(frame: PreviewFrame, width = Infinity): 'week' | 'month' {
  if (periodDays(frame) > LONG_PERIOD_DAYS) return 'month';
  const columns = buckets(frame, 'week').length + 1;
  return width / columns >= MIN_FLOW_COLUMN ? 'week' : 'month';
}

/** For each day of the written period (index day - fromDay), the bucket holding it. */
export function bucketOfDay(frame: PreviewFrame, list: readonly Bucket[]): Int32Array {
  const out = new Int32Array(periodDays(frame));
  list.forEach((b, i) => out.fill(i, b.first - frame.fromDay, b.last - frame.fromDay + 1));
  return out;
}
