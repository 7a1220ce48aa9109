/**
 * The totals the compare view sets side by side for two runs over the same audience: sends,
 * deliveries, per stream the first date someone ran out of content (and how many did), and moves
 * between streams. Streams and moves are matched by stream id, so a variant that added or removed
 * a stream shows it on its side only.
 */
import { CAST_FIELD, CAST_FIELDS, METRIC, METRIC_COUNT } from '../../engine';
import type { PreviewResult } from '../previewStore';

export interface RunTotals {
  sends: number;
  deliveries: number;
  /** By stream id: the first cast date (day number) with people newly exhausted, and how many. */
  exhaustion: Map<string, { day: number | null; people: number }>;
  /** By from and to stream ids (joined by a NUL): people moved between two streams (joins and removals left out). */
  moves: Map<string, number>;
}

export function runTotals(result: PreviewResult): RunTotals {
  const { frame, aggregates } = result;
  const { casts } = frame;
  let sends = 0;
  const exhaustion = new Map<string, { day: number | null; people: number }>();
  for (const id of frame.streamIds) exhaustion.set(id, { day: null, people: 0 });
  for (let c = 0; c < casts.count; c++) {
    sends += aggregates.casts[c * CAST_FIELDS + CAST_FIELD.sent]!;
    const newly = aggregates.casts[c * CAST_FIELDS + CAST_FIELD.newlyExhausted]!;
    if (newly === 0) continue;
    const entry = exhaustion.get(frame.streamIds[casts.stream[c]!]!)!;
    entry.day ??= casts.day[c]!;
    entry.people += newly;
  }
  let deliveries = 0;
  for (let e = 0; e < aggregates.counters.length / METRIC_COUNT; e++)
    deliveries += aggregates.counters[e * METRIC_COUNT + METRIC.delivered]!;
  const moves = new Map<string, number>();
  for (let i = 0; i < aggregates.moveCount.length; i++) {
    const from = aggregates.moveFrom[i]!;
    const to = aggregates.moveTo[i]!;
    if (from < 0 || to < 0) continue;
    const key = `${frame.streamIds[from]}\u0000${frame.streamIds[to]}`;
    moves.set(key, (moves.get(key) ?? 0) + aggregates.moveCount[i]!);
  }
  return { sends, deliveries, exhaustion, moves };
}

export interface StreamPair {
  id: string;
  name: string;
  a: { day: number | null; people: number } | null;
  b: { day: number | null; people: number } | null;
}

export interface MovePair {
  from: string;
  to: string;
  a: number;
  b: number;
}

export interface ComparedTotals {
  sends: { a: number; b: number };
  deliveries: { a: number; b: number };
  streams: StreamPair[];
  moves: MovePair[];
}

/** A's totals beside B's; streams in A's order then B's own, moves in A's order then B's own. */
export function compareTotals(a: PreviewResult, b: PreviewResult): ComparedTotals {
  const ta = runTotals(a);
  const tb = runTotals(b);
  const names = new Map<string, string>();
  b.frame.streamIds.forEach((id, s) => names.set(id, b.frame.streamNames[s] ?? id));
  a.frame.streamIds.forEach((id, s) => names.set(id, a.frame.streamNames[s] ?? id));
  const ids = [...new Set([...a.frame.streamIds, ...b.frame.streamIds])];
  const streams = ids.map((id) => ({
    id,
    name: names.get(id) ?? id,
    a: ta.exhaustion.get(id) ?? null,
    b: tb.exhaustion.get(id) ?? null,
  }));
  const keys = [...new Set([...ta.moves.keys(), ...tb.moves.keys()])];
  const moves = keys.map((key) => {
    const [from, to] = key.split('\u0000') as [string, string];
    return { from, to, a: ta.moves.get(key) ?? 0, b: tb.moves.get(key) ?? 0 };
  });
  return {
    sends: { a: ta.sends, b: tb.sends },
    deliveries: { a: ta.deliveries, b: tb.deliveries },
    streams,
    moves,
  };
}
