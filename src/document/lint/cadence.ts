/**
 * Cadence checks (R17-R23): a first cast off the weekly or monthly pattern (it still casts, R17),
 * and the 25-hour lead time recipient time zone needs (R23). Dates come from the engine's calendar,
 * so the panel and the simulator agree on every cast day.
 */
import { nextCasts } from '../../engine/calendar';
import {
  MS_PER_HOUR,
  dayFromParts,
  dayOf,
  daysInMonth,
  isoOfDay,
  minutesOf,
  weekdayOf,
  yearMonthOf,
} from '../../engine/time/days';
import { zonedInstant } from '../../engine/time/zones';
import {
  WEEKDAYS,
  isIsoDate,
  isLocalTime,
  isTimeZone,
  type MonthlyCadence,
  type Scenario,
  type Stream,
  type WeeklyCadence,
} from '../../model';
import { streamName, type LintNow, type ProgramProblem } from './types';

/** R23: with recipient time zone the first cast must be at least this far ahead. */
export const RTZ_LEAD_MS = 25 * MS_PER_HOUR;

type Scheduled = WeeklyCadence | MonthlyCadence;

/** The cadence, when it casts and its first cast and time are usable (drafts are not validated). */
function scheduled(stream: Stream): Scheduled | null {
  const c = stream.cadence;
  if (c === undefined || c.type === 'none') return null;
  return isIsoDate(c.firstCast) && isLocalTime(c.time) ? c : null;
}

/** The cast after the first one (R17: the first always casts), as `YYYY-MM-DD`. */
function secondCast(cadence: Scheduled): string | null {
  const second = nextCasts(cadence, dayOf(cadence.firstCast), 2)[1];
  return second === undefined ? null : isoOfDay(second);
}

/** R17, R18: a first cast on a weekday the cadence did not choose. */
function weeklyProblem(stream: Stream, cadence: WeeklyCadence): ProgramProblem | null {
  const weekday = weekdayOf(dayOf(cadence.firstCast));
  const chosen = cadence.weekdays.map((d) => WEEKDAYS.indexOf(d));
  if (chosen.includes(weekday)) return null;
  const next = secondCast(cadence);
  if (next === null) return null;
  // Weeks start on Sunday and week 0 always casts (R18): a chosen day later that week casts too.
  const doubled = chosen.some((d) => d > weekday);
  return {
    code: doubled ? 'firstCastDoubleWeek' : 'firstCastOffWeekday',
    severity: 'warning',
    target: { kind: 'stream', id: stream.id },
    params: { stream: streamName(stream), date: cadence.firstCast, next },
  };
}

/** The pattern day (R19) of the month holding `day`; a missing day D falls on the month's last. */
function patternDay(cadence: MonthlyCadence, day: number): number | null {
  const { year, month } = yearMonthOf(day);
  if (cadence.dayOfMonth !== undefined)
    return dayFromParts(year, month, Math.min(cadence.dayOfMonth, daysInMonth(year, month)));
  if (cadence.nthWeekday === undefined) return null;
  const first = dayFromParts(year, month, 1);
  const wd = WEEKDAYS.indexOf(cadence.nthWeekday.weekday);
  return first + ((wd - weekdayOf(first) + 7) % 7) + 7 * (cadence.nthWeekday.n - 1);
}

/** R17, R19 (semantics 4): a monthly first cast that is not the pattern day of its month. */
function monthlyProblem(stream: Stream, cadence: MonthlyCadence): ProgramProblem | null {
  const first = dayOf(cadence.firstCast);
  const pattern = patternDay(cadence, first);
  if (pattern === null || pattern === first) return null;
  const next = secondCast(cadence);
  if (next === null) return null;
  return {
    code: 'firstCastOffPattern',
    severity: 'warning',
    target: { kind: 'stream', id: stream.id },
    params: { stream: streamName(stream), date: cadence.firstCast, next },
  };
}

/**
 * R23: under recipient time zone the first cast (its time in the program zone) must be at least
 * 25 hours ahead; one already past is not.
 */
function leadTimeProblem(
  stream: Stream,
  cadence: Scheduled,
  zone: string,
  now: LintNow,
): ProgramProblem | null {
  if (!cadence.recipientTimeZone || !isTimeZone(zone)) return null;
  const castAt = zonedInstant(zone, dayOf(cadence.firstCast), minutesOf(cadence.time));
  if (castAt - now.nowMs >= RTZ_LEAD_MS) return null;
  return {
    code: 'rtzLeadTime',
    severity: 'warning',
    target: { kind: 'stream', id: stream.id },
    params: { stream: streamName(stream), date: cadence.firstCast, time: cadence.time },
  };
}

export function cadenceProblems(doc: Scenario, now: LintNow): ProgramProblem[] {
  const problems: ProgramProblem[] = [];
  for (const stream of doc.program.streams) {
    const cadence = scheduled(stream);
    if (cadence === null) continue;
    const pattern =
      cadence.type === 'weekly' ? weeklyProblem(stream, cadence) : monthlyProblem(stream, cadence);
    const lead = leadTimeProblem(stream, cadence, doc.program.timeZone, now);
    if (pattern) problems.push(pattern);
    if (lead) problems.push(lead);
  }
  return problems;
}
