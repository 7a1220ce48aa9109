/**
 * The stream performance report (R58) of a result: per stream and per item, in lane and priority
 * order, for the written period. Sends, blocked and program runs are the written records' counts
 * (`aggregates.slots`, the command line's own numbers); opens, clicks and unsubscribes are the
 * per-delivery counters (METRIC) of the casts dated in the period; the simulated engagement index
 * (R57) is the engine's, read off the frame, as of the moment asked for.
 */
import {
  frameEngagement,
  METRIC,
  METRIC_COUNT,
  SLOT_FIELD,
  SLOT_FIELDS,
  type ItemEngagement,
} from '../../engine';
import type { PreviewResult } from '../../simulation/previewStore';

export interface ReportCounts {
  sends: number;
  /** The simulator models no bounces: deliveries are the sends. */
  deliveries: number;
  opens: number;
  clicks: number;
  unsubscribes: number;
  blockedUnsubscribed: number;
  blockedLimit: number;
  /** Program items consumed: qualified or not (R29). */
  processed: number;
  qualified: number;
  /** Failed the program's smart list: consumed, nothing sent. */
  failed: number;
}

export interface ReportItem extends ReportCounts {
  content: number;
  type: 'email' | 'program';
  engagement: ItemEngagement;
}

export interface ReportStream {
  stream: number;
  items: ReportItem[];
  totals: ReportCounts;
}

export interface Report {
  /** Every stream, in lane order. */
  streams: ReportStream[];
  totals: ReportCounts;
  /** The instant the engagement index is computed as of. */
  asOf: number;
}

const zero = (): ReportCounts => ({
  sends: 0,
  deliveries: 0,
  opens: 0,
  clicks: 0,
  unsubscribes: 0,
  blockedUnsubscribed: 0,
  blockedLimit: 0,
  processed: 0,
  qualified: 0,
  failed: 0,
});

export const COUNT_KEYS = Object.keys(zero()) as (keyof ReportCounts)[];

function add(into: ReportCounts, from: ReportCounts) {
  for (const key of COUNT_KEYS) into[key] += from[key];
}

/** Per stream, per content: opens, clicks, unsubscribes of the stream's casts dated in the period. */
function engagementCounts(result: PreviewResult): Map<number, ReportCounts>[] {
  const { frame, aggregates } = result;
  const { casts } = frame;
  const out = frame.streamIds.map(() => new Map<number, ReportCounts>());
  for (let c = 0; c < casts.count; c++) {
    if (casts.day[c]! < frame.fromDay || casts.day[c]! > frame.untilDay) continue;
    const byContent = out[casts.stream[c]!]!;
    for (let e = casts.entryStart[c]!; e < casts.entryStart[c]! + casts.entryCount[c]!; e++) {
      const content = casts.entryContent[e]!;
      let counts = byContent.get(content);
      if (counts === undefined) byContent.set(content, (counts = zero()));
      const base = e * METRIC_COUNT;
      counts.opens += aggregates.counters[base + METRIC.opened]!;
      counts.clicks += aggregates.counters[base + METRIC.clicked]!;
      counts.unsubscribes += aggregates.counters[base + METRIC.unsubscribed]!;
    }
  }
  return out;
}

export function reportModel(result: PreviewResult, asOf: number): Report {
  const { frame, aggregates } = result;
  const engaged = engagementCounts(result);
  // The engine lists items stream by stream, each in the stream's order: slot j is entry j.
  const index = frameEngagement(frame, aggregates.counters, asOf);
  const totals = zero();
  const streams = frame.streamIds.map((_, s): ReportStream => {
    const items: ReportItem[] = [];
    const streamTotals = zero();
    for (let j = frame.slotBase[s]!; j < frame.slotBase[s + 1]!; j++) {
      const content = frame.slotContent[j]!;
      const slot = (field: number) => aggregates.slots[j * SLOT_FIELDS + field]!;
      const sends = slot(SLOT_FIELD.send);
      const opened = engaged[s]!.get(content) ?? zero();
      const item: ReportItem = {
        content,
        type: frame.isEmail[content] === 1 ? 'email' : 'program',
        engagement: index[j]!,
        sends,
        deliveries: sends,
        opens: opened.opens,
        clicks: opened.clicks,
        unsubscribes: opened.unsubscribes,
        blockedUnsubscribed: slot(SLOT_FIELD.blockedUnsubscribed),
        blockedLimit: slot(SLOT_FIELD.blockedLimit),
        processed: slot(SLOT_FIELD.programQualified) + slot(SLOT_FIELD.programFailed),
        qualified: slot(SLOT_FIELD.programQualified),
        failed: slot(SLOT_FIELD.programFailed),
      };
      add(streamTotals, item);
      items.push(item);
    }
    add(totals, streamTotals);
    return { stream: s, items, totals: streamTotals };
  });
  return { streams, totals, asOf };
}

/** The end of the cursor's day (program zone): the index "as of" that date. */
export function endOfDay(result: PreviewResult, day: number): number {
  const { dayStart, startDay } = result.frame;
  return dayStart[Math.min(dayStart.length - 1, Math.max(1, day - startDay + 1))]!;
}
