/**
 * Deliveries per item in the written period, per stream: emails delivered and program items
 * processed, summed from the per-entry counters of the casts dated in the period. An item that
 * stands in two streams (R14) gets a row in each, in lane order then the stream's own order.
 */
import { METRIC, METRIC_COUNT } from '../../engine';
import type { PreviewResult } from '../../simulation/previewStore';

export interface DeliveryRow {
  stream: number;
  content: number;
  email: boolean;
  /** Emails delivered (email items). */
  delivered: number;
  /** People the program item processed (program items). */
  processed: number;
}

export interface Deliveries {
  rows: DeliveryRow[];
  /** Casts dated in the written period. */
  casts: number;
}

export function deliveriesPerItem(result: PreviewResult): Deliveries {
  const { frame, aggregates } = result;
  const contents = frame.contentIds.length;
  const streams = frame.streamIds.length;
  const delivered = new Float64Array(streams * contents);
  const processed = new Float64Array(streams * contents);
  const index = frame.casts;
  let casts = 0;
  for (let c = 0; c < index.count; c++) {
    const day = index.day[c]!;
    if (day < frame.fromDay || day > frame.untilDay) continue;
    casts++;
    const row = index.stream[c]! * contents;
    const start = index.entryStart[c]!;
    for (let e = start; e < start + index.entryCount[c]!; e++) {
      const cell = row + index.entryContent[e]!;
      delivered[cell]! += aggregates.counters[e * METRIC_COUNT + METRIC.delivered]!;
      processed[cell]! += aggregates.counters[e * METRIC_COUNT + METRIC.processed]!;
    }
  }
  const rows: DeliveryRow[] = [];
  for (let s = 0; s < streams; s++)
    for (let j = frame.slotBase[s]!; j < frame.slotBase[s + 1]!; j++) {
      const content = frame.slotContent[j]!;
      rows.push({
        stream: s,
        content,
        email: frame.isEmail[content] === 1,
        delivered: delivered[s * contents + content]!,
        processed: processed[s * contents + content]!,
      });
    }
  return { rows, casts };
}

export const isEmptyDeliveries = (d: Deliveries) =>
  d.rows.every((r) => r.delivered === 0 && r.processed === 0);
