/**
 * Cast calendars (R17-R22): the dates a cadence casts on, from its first cast to a last day.
 *
 * Weekly (R18): weeks start on Sunday; the week holding the first cast is week 0 and casts happen
 * in weeks 0, N, 2N...; in week 0 only chosen weekdays on or after the first cast count.
 * Monthly (R19, semantics 4): months count from the first-cast month; a missing day D falls on the
 * month's last day; in month 0 the pattern day counts only on or after the first cast.
 * Either way the first-cast date itself always casts (R17), and a day casts at most once (R22).
 */
import type { Cadence, Weekday } from '../model';
import { WEEKDAYS } from '../model';
import { dayFromParts, dayOf, daysInMonth, weekdayOf, yearMonthOf } from './time/days';

const weekdayIndex = (day: Weekday): number => WEEKDAYS.indexOf(day);

/** Every cast date (day number) of `cadence` from its first cast through `lastDay`, ascending. */
export function castDays(cadence: Cadence | undefined, lastDay: number): number[] {
  if (cadence === undefined || cadence.type === 'none') return []; // R20
  const first = dayOf(cadence.firstCast);
  if (first > lastDay) return [];
  return cadence.type === 'weekly'
    ? weeklyDays(first, cadence.every, cadence.weekdays.map(weekdayIndex), lastDay)
    : monthlyDays(first, cadence.every, lastDay, monthlyPattern(cadence));
}

function weeklyDays(first: number, every: number, weekdays: number[], lastDay: number): number[] {
  const chosen = [...new Set(weekdays)].sort((a, b) => a - b);
  const days = [first];
  for (let weekStart = first - weekdayOf(first); weekStart <= lastDay; weekStart += 7 * every) {
    for (const wd of chosen) {
      const day = weekStart + wd;
      if (day > first && day <= lastDay) days.push(day);
    }
  }
  return days;
}

type MonthPattern = (year: number, month: number) => number;

function monthlyPattern(cadence: Extract<Cadence, { type: 'monthly' }>): MonthPattern {
  const { dayOfMonth, nthWeekday } = cadence;
  if (dayOfMonth !== undefined)
    return (year, month) =>
      dayFromParts(year, month, Math.min(dayOfMonth, daysInMonth(year, month)));
  const { n, weekday } = nthWeekday!;
  const wd = weekdayIndex(weekday);
  return (year, month) => {
    const firstOfMonth = dayFromParts(year, month, 1);
    return firstOfMonth + ((wd - weekdayOf(firstOfMonth) + 7) % 7) + 7 * (n - 1);
  };
}

function monthlyDays(
  first: number,
  every: number,
  lastDay: number,
  pattern: MonthPattern,
): number[] {
  const days = [first];
  const start = yearMonthOf(first);
  for (let k = 0; ; k += every) {
    const monthIndex = start.month - 1 + k;
    const year = start.year + Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    if (dayFromParts(year, month, 1) > lastDay) break;
    const day = pattern(year, month);
    if (day > first && day <= lastDay) days.push(day);
  }
  return days;
}
