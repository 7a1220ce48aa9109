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

type Casting = Exclude<Cadence, { type: 'none' }>;

/** Every cast date (day number) of `cadence` from its first cast through `lastDay`, ascending. */
export function castDays(cadence: Cadence | undefined, lastDay: number): number[] {
  if (cadence === undefined || cadence.type === 'none') return []; // R20
  const days: number[] = [];
  for (const day of castsFrom(cadence, dayOf(cadence.firstCast))) {
    if (day > lastDay) break;
    days.push(day);
  }
  return days;
}

/**
 * The first `count` cast dates (day numbers) on or after `fromDay`, ascending: the lane's "next
 * cast", the inspector's preview. The walk starts at the period (N weeks, N months) holding
 * `fromDay`, so a first cast long past costs nothing and one far ahead needs no horizon.
 */
export function nextCasts(cadence: Cadence | undefined, fromDay: number, count: number): number[] {
  if (cadence === undefined || cadence.type === 'none' || count <= 0) return []; // R20
  const days: number[] = [];
  for (const day of castsFrom(cadence, fromDay)) {
    days.push(day);
    if (days.length >= count) break;
  }
  return days;
}

/**
 * Cast days on or after `fromDay`, ascending, without end. Every period holds a pattern day (a
 * weekly cadence has a weekday, a month has every day 1-31 clamped and every 1st-4th weekday), so
 * the walk always moves on; a cadence that could never repeat (an unvalidated draft with no
 * weekday or `every` below 1) stops after its first cast.
 */
function* castsFrom(cadence: Casting, fromDay: number): Generator<number> {
  const first = dayOf(cadence.firstCast);
  if (first >= fromDay) yield first; // R17
  if (!(cadence.every >= 1)) return;
  const periodDays =
    cadence.type === 'weekly'
      ? weeklyPeriods(first, cadence.every, cadence.weekdays.map(weekdayIndex), fromDay)
      : monthlyPeriods(first, cadence.every, monthlyPattern(cadence), fromDay);
  for (const days of periodDays) {
    if (days.length === 0) return;
    // R22: the first cast is already out; a day casts at most once.
    for (const day of days) if (day > first && day >= fromDay) yield day;
  }
}

/** Weekly (R18): the chosen days of weeks 0, N, 2N... (weeks start on Sunday), from `fromDay`'s. */
function* weeklyPeriods(
  first: number,
  every: number,
  weekdays: number[],
  fromDay: number,
): Generator<number[]> {
  const chosen = [...new Set(weekdays)].sort((a, b) => a - b);
  const week0 = first - weekdayOf(first);
  const step = 7 * every;
  for (let k = Math.max(0, Math.floor((fromDay - week0) / step)); ; k++)
    yield chosen.map((wd) => week0 + k * step + wd);
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

/** Monthly (R19): the pattern day of months 0, N, 2N... from the first-cast month, from `fromDay`'s. */
function* monthlyPeriods(
  first: number,
  every: number,
  pattern: MonthPattern,
  fromDay: number,
): Generator<number[]> {
  const monthIndex = (day: number) => {
    const { year, month } = yearMonthOf(day);
    return year * 12 + month - 1;
  };
  const start = monthIndex(first);
  for (let k = Math.max(0, Math.floor((monthIndex(fromDay) - start) / every)); ; k++) {
    const index = start + k * every;
    yield [pattern(Math.floor(index / 12), (index % 12) + 1)];
  }
}
