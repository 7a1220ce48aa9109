/**
 * Numbers read off a preview result, for the views and the canvas: what a set of casts delivered
 * per item, blocked and exhausted; members of a stream at the end of a day; the next cast.
 */
import {
  CAST_FIELD,
  CAST_FIELDS,
  METRIC,
  METRIC_COUNT,
  PLACES,
  type PreviewFrame,
} from '../../engine';
import type { PreviewResult } from '../previewStore';

export interface CastTotals {
  sent: number;
  blocked: number;
  blockedUnsubscribed: number;
  blockedLimit: number;
  programQualified: number;
  programFailed: number;
  newlyExhausted: number;
  /** Members at the last of the casts (after it): normal, paused, exhausted, lost. */
  members: { normal: number; paused: number; exhausted: number; lost: number };
  /** Deliveries (emails) and people processed (programs) per content index, largest first. */
  items: { content: number; count: number }[];
  casts: number;
}

export function castTotals(result: PreviewResult, casts: readonly number[]): CastTotals {
  const { aggregates, frame } = result;
  const field = (c: number, f: number) => aggregates.casts[c * CAST_FIELDS + f]!;
  const items = new Map<number, number>();
  const totals: CastTotals = {
    sent: 0,
    blocked: 0,
    blockedUnsubscribed: 0,
    blockedLimit: 0,
    programQualified: 0,
    programFailed: 0,
    newlyExhausted: 0,
    members: { normal: 0, paused: 0, exhausted: 0, lost: 0 },
    items: [],
    casts: casts.length,
  };
  for (const c of casts) {
    totals.sent += field(c, CAST_FIELD.sent);
    totals.blockedUnsubscribed += field(c, CAST_FIELD.blockedUnsubscribed);
    totals.blockedLimit += field(c, CAST_FIELD.blockedLimit);
    totals.programQualified += field(c, CAST_FIELD.programQualified);
    totals.programFailed += field(c, CAST_FIELD.programFailed);
    totals.newlyExhausted += field(c, CAST_FIELD.newlyExhausted);
    const start = frame.casts.entryStart[c]!;
    for (let e = start; e < start + frame.casts.entryCount[c]!; e++) {
      const base = e * METRIC_COUNT;
      const n =
        aggregates.counters[base + METRIC.delivered]! +
        aggregates.counters[base + METRIC.processed]!;
      if (n > 0) {
        const content = frame.casts.entryContent[e]!;
        items.set(content, (items.get(content) ?? 0) + n);
      }
    }
  }
  totals.blocked = totals.blockedUnsubscribed + totals.blockedLimit;
  const last = casts[casts.length - 1];
  if (last !== undefined)
    totals.members = {
      normal: field(last, CAST_FIELD.normal),
      paused: field(last, CAST_FIELD.paused),
      exhausted: field(last, CAST_FIELD.exhausted),
      lost: field(last, CAST_FIELD.lost),
    };
  totals.items = [...items]
    .map(([content, count]) => ({ content, count }))
    .sort((a, b) => b.count - a.count);
  return totals;
}

export interface StreamPlaces {
  normal: number;
  paused: number;
  exhausted: number;
}

/** Members of stream `s` at the end of `day` (clamped to the simulated days). */
export function placesAt(result: PreviewResult, s: number, day: number): StreamPlaces {
  const { frame, aggregates } = result;
  const days = frame.dayStart.length - 1;
  const d = Math.min(days - 1, Math.max(0, day - frame.startDay));
  const base = (d * frame.streamIds.length + s) * PLACES;
  return {
    normal: aggregates.occupancy[base]!,
    paused: aggregates.occupancy[base + 1]!,
    exhausted: aggregates.occupancy[base + 2]!,
  };
}

/** Per slot of stream `s` (its content in file order), deliveries up to and including `day`. */
export function deliveriesBySlot(
  result: PreviewResult,
  s: number,
  day: number,
): Map<number, number> {
  const { frame, aggregates } = result;
  const byContent = new Map<number, number>();
  for (let c = 0; c < frame.casts.count; c++) {
    if (
      frame.casts.stream[c] !== s ||
      frame.casts.day[c]! > day ||
      frame.casts.day[c]! < frame.fromDay
    )
      continue;
    const start = frame.casts.entryStart[c]!;
    for (let e = start; e < start + frame.casts.entryCount[c]!; e++) {
      const base = e * METRIC_COUNT;
      const n =
        aggregates.counters[base + METRIC.delivered]! +
        aggregates.counters[base + METRIC.processed]!;
      if (n > 0)
        byContent.set(
          frame.casts.entryContent[e]!,
          (byContent.get(frame.casts.entryContent[e]!) ?? 0) + n,
        );
    }
  }
  return byContent;
}

/** The cursor's day: the one chosen, else the first cast in the period, else the period's start. */
export function cursorDayOf(frame: PreviewFrame, chosen: number | null): number {
  if (chosen !== null) return Math.min(frame.untilDay, Math.max(frame.fromDay, chosen));
  for (let c = 0; c < frame.casts.count; c++)
    if (frame.casts.day[c]! >= frame.fromDay) return Math.min(frame.casts.day[c]!, frame.untilDay);
  return frame.fromDay;
}
