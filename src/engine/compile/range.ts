/**
 * The simulated period (spec: Top level). The simulation starts at the earliest of `from`, every
 * first cast and every event, so the state at `from` is right; `from`/`until` only choose which
 * records are written. Without `until` it runs 90 days past the latest of those dates.
 */
import { problem, type Problem, type Scenario } from '../../model';
import { dayOf, isoOfDay } from '../time/days';
import { dayInZone, startOfDayInZone } from '../time/zones';

/** A century: no nurture plan is longer, and it bounds the calendar a typo (20025) could ask for. */
export const MAX_SIMULATED_DAYS = 36_525;
export const DEFAULT_TAIL_DAYS = 90;

export interface SimulationRange {
  /** First simulated day (program zone). */
  startDay: number;
  fromDay: number;
  untilDay: number;
  /** First instant written: start of `from` in the program zone. */
  fromAt: number;
  /** First instant not simulated: start of the day after `until`. */
  endAt: number;
}

export interface RangeInput {
  from: string | undefined;
  until: string | undefined;
  /** The earliest and latest event instants (or none): only the extremes matter. */
  eventInstants: number[];
  /** Days of generated joins, which are not in eventInstants for size reasons. */
  extraDays: number[];
}

export function simulationRange(
  scenario: Scenario,
  input: RangeInput,
): { ok: true; range: SimulationRange } | { ok: false; problems: Problem[] } {
  const zone = scenario.program.timeZone;
  const anchors: number[] = [...input.extraDays];
  for (const s of scenario.program.streams)
    if (s.cadence && s.cadence.type !== 'none') anchors.push(dayOf(s.cadence.firstCast));
  let minAt = Infinity;
  let maxAt = -Infinity;
  for (const at of input.eventInstants) {
    if (at < minAt) minAt = at;
    if (at > maxAt) maxAt = at;
  }
  if (minAt !== Infinity) anchors.push(dayInZone(zone, minAt), dayInZone(zone, maxAt));
  const fromDay = input.from !== undefined ? dayOf(input.from) : undefined;
  const untilGiven = input.until !== undefined ? dayOf(input.until) : undefined;
  if (fromDay !== undefined) anchors.push(fromDay);
  // Nothing casts and nothing happens: a valid file that simulates to no records.
  if (anchors.length === 0) anchors.push(fromDay ?? untilGiven ?? 0);
  const startDay = Math.min(...anchors);
  const untilDay = untilGiven ?? Math.max(...anchors) + DEFAULT_TAIL_DAYS;
  const first = fromDay ?? startDay;
  // An explicit from after until is a mistake worth a message; a default from past an early
  // until simply leaves nothing to write.
  if (fromDay !== undefined && fromDay > untilDay)
    return {
      ok: false,
      problems: [
        problem(['simulation', 'until'], 'untilBeforeFrom', {
          from: isoOfDay(fromDay),
          until: isoOfDay(untilDay),
        }),
      ],
    };
  const span = untilDay - startDay + 1;
  if (span > MAX_SIMULATED_DAYS)
    return {
      ok: false,
      problems: [
        problem(['simulation'], 'periodTooLong', {
          start: isoOfDay(startDay),
          until: isoOfDay(untilDay),
          days: span,
          max: MAX_SIMULATED_DAYS,
        }),
      ],
    };
  return {
    ok: true,
    range: {
      startDay,
      fromDay: first,
      untilDay,
      fromAt: startOfDayInZone(zone, first),
      endAt: startOfDayInZone(zone, untilDay + 1),
    },
  };
}
