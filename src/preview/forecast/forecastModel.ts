/**
 * The exhaustion forecast of a result, per stream (R38-R42): the share of members who have run out
 * of content at the end of each day (occupancy), who ran out at each cast, when half and 90% of
 * the members have run dry and after how many casts, the members at the end, and how many items a
 * newcomer at the next cast after the cursor finds (R42: "exhausts within k casts").
 */
import { CAST_FIELD, CAST_FIELDS, PLACE, PLACES, type PreviewFrame } from '../../engine';
import { castsInPeriod } from '../../simulation/derive/periods';
import type { PreviewResult } from '../../simulation/previewStore';

export const HALF = 0.5;
export const MOST = 0.9;

export interface DayShare {
  day: number;
  members: number;
  exhausted: number;
}

export interface Milestone extends DayShare {
  /** Casts of the stream from its first member up to and including that day. */
  casts: number;
}

export interface CastRow {
  cast: number;
  day: number;
  lost: boolean;
  /** People in the stream at the cast (receiving, paused, exhausted or in a lost cast). */
  members: number;
  newlyExhausted: number;
  /** Members and those who have run dry at the end of the cast's day. */
  end: DayShare;
}

export type ForecastKind =
  /** No cast of the stream is dated in the period. */
  | 'noCasts'
  /** Nobody is in the stream at any time of the period. */
  | 'noMembers'
  /** Nobody runs dry in the period. */
  | 'wholePeriod'
  /** Some run dry, never half of the members at once. */
  | 'someDry'
  /** Half of the members or more have run dry at some day. */
  | 'mostDry';

export interface StreamForecast {
  stream: number;
  kind: ForecastKind;
  rows: CastRow[];
  /** People whose flag turned true at the stream's casts in the period (R39). */
  ranDry: number;
  /** The day with the largest share run dry (first of equals), if anyone ran dry. */
  peak: DayShare | null;
  half: Milestone | null;
  ninety: Milestone | null;
  /** Casts (not lost) dated after `half` up to the end of the period: the ones they get nothing at. */
  castsAfterHalf: number;
  /** First day (from the simulation's start) with anyone in the stream. */
  firstMemberDay: number | null;
  /** At the end of the period. */
  end: DayShare;
  /** The cursor's day, and R42: the next cast after it, and the items eligible then. */
  cursorDay: number;
  newcomer: { cast: number; day: number; items: number } | null;
  /** Share out of content at the end of each day of the period (from `fromDay`); 0 when empty. */
  shares: Float32Array;
}

/** Members and run-dry members of stream `s` at the end of simulated day index `d`. */
function shareAt(frame: PreviewFrame, occupancy: Int32Array, s: number, d: number): DayShare {
  const base = (d * frame.streamIds.length + s) * PLACES;
  return {
    day: frame.startDay + d,
    members:
      occupancy[base + PLACE.normal]! +
      occupancy[base + PLACE.paused]! +
      occupancy[base + PLACE.exhausted]!,
    exhausted: occupancy[base + PLACE.exhausted]!,
  };
}

const share = (d: DayShare) => (d.members > 0 ? d.exhausted / d.members : 0);

export function streamForecast(
  result: PreviewResult,
  s: number,
  cursorDay: number,
): StreamForecast {
  const { frame, aggregates } = result;
  const { casts } = frame;
  const field = (c: number, f: number) => aggregates.casts[c * CAST_FIELDS + f]!;
  const days = frame.dayStart.length - 1;
  const dayIndex = (day: number) => Math.min(days - 1, Math.max(0, day - frame.startDay));
  const at = (day: number) => shareAt(frame, aggregates.occupancy, s, dayIndex(day));

  let firstMemberDay: number | null = null;
  for (let d = 0; d < days && firstMemberDay === null; d++)
    if (shareAt(frame, aggregates.occupancy, s, d).members > 0) firstMemberDay = frame.startDay + d;

  const rows: CastRow[] = castsInPeriod(frame)
    .filter((c) => casts.stream[c] === s)
    .map((c) => ({
      cast: c,
      day: casts.day[c]!,
      lost: casts.lost[c] === 1,
      members:
        field(c, CAST_FIELD.normal) +
        field(c, CAST_FIELD.paused) +
        field(c, CAST_FIELD.exhausted) +
        field(c, CAST_FIELD.lost),
      newlyExhausted: field(c, CAST_FIELD.newlyExhausted),
      end: at(casts.day[c]!),
    }));
  const ranDry = rows.reduce((n, r) => n + r.newlyExhausted, 0);

  // Casts the stream's members went through, from its first member to `day`.
  const castsUpTo = (day: number) => {
    let n = 0;
    for (let c = 0; c < casts.count; c++)
      if (
        casts.stream[c] === s &&
        casts.lost[c] === 0 &&
        casts.day[c]! >= (firstMemberDay ?? Infinity) &&
        casts.day[c]! <= day
      )
        n++;
    return n;
  };

  let peak: DayShare | null = null;
  let half: Milestone | null = null;
  let ninety: Milestone | null = null;
  let anyone = false;
  const shares = new Float32Array(Math.max(0, frame.untilDay - frame.fromDay + 1));
  for (let day = frame.fromDay; day <= frame.untilDay; day++) {
    const here = at(day);
    shares[day - frame.fromDay] = share(here);
    if (here.members > 0) anyone = true;
    if (here.exhausted > 0 && (peak === null || share(here) > share(peak))) peak = here;
    if (half === null && here.members > 0 && share(here) >= HALF)
      half = { ...here, casts: castsUpTo(day) };
    if (ninety === null && here.members > 0 && share(here) >= MOST)
      ninety = { ...here, casts: castsUpTo(day) };
  }
  const castsAfterHalf = half === null ? 0 : rows.filter((r) => !r.lost && r.day > half.day).length;

  const next = rows.find((r) => r.day > cursorDay);
  const newcomer =
    next === undefined
      ? null
      : { cast: next.cast, day: next.day, items: casts.entryCount[next.cast]! };

  const kind: ForecastKind =
    rows.length === 0
      ? 'noCasts'
      : !anyone
        ? 'noMembers'
        : half !== null
          ? 'mostDry'
          : ranDry > 0 || peak !== null
            ? 'someDry'
            : 'wholePeriod';
  return {
    stream: s,
    kind,
    rows,
    ranDry,
    peak,
    half,
    ninety,
    castsAfterHalf,
    firstMemberDay,
    end: at(frame.untilDay),
    cursorDay,
    newcomer,
    shares,
  };
}

/** The forecast of every stream shown (all, or the one selected on the canvas), in lane order. */
export function forecastModel(
  result: PreviewResult,
  streamFilter: string | null,
  cursorDay: number,
): StreamForecast[] {
  const filtered = streamFilter === null ? -1 : result.frame.streamIds.indexOf(streamFilter);
  const streams = filtered >= 0 ? [filtered] : result.frame.streamIds.map((_, s) => s);
  return streams.map((s) => streamForecast(result, s, cursorDay));
}
