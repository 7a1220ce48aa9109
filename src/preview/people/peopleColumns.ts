/**
 * The people grid's columns: every cast date of the written period, all streams together, and the
 * maps from a cast or a day to its column. Built once per result (O(casts), never O(people)).
 */
import type { PreviewFrame } from '../../engine';
import { periods } from '../../simulation/derive/periods';

export interface PeopleColumns {
  /** The day number of each column, ascending. */
  days: number[];
  /** Column of each global cast number; -1 for casts outside the written period. */
  colOfCast: Int32Array;
}

export function peopleColumns(frame: PreviewFrame): PeopleColumns {
  const list = periods(frame, 'day');
  const colOfCast = new Int32Array(frame.casts.count).fill(-1);
  list.forEach((period, col) => {
    for (const c of period.casts) colOfCast[c] = col;
  });
  return { days: list.map((p) => p.first), colOfCast };
}

/**
 * The column that shows something that happened on `day` between cast dates (a move): the first
 * cast date on or after it, so the move sits where it first changes what the person gets; the last
 * column for a day after the last cast date. -1 outside the written period or without columns.
 */
export function columnOfDay(columns: PeopleColumns, frame: PreviewFrame, day: number): number {
  const { days } = columns;
  if (days.length === 0 || day < frame.fromDay || day > frame.untilDay) return -1;
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (days[mid]! < day) low = mid + 1;
    else high = mid;
  }
  return Math.min(low, days.length - 1);
}

/** The column of the cursor's day: that date's column, or the nearest cast date before it. */
export function columnAtOrBefore(columns: PeopleColumns, day: number): number {
  const { days } = columns;
  let found = -1;
  let low = 0;
  let high = days.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (days[mid]! <= day) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
