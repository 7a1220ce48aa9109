/** Adds up the aggregates of several workers' shares of the people: every count is a sum. */
import type { PreviewAggregates } from './types';

function sum<A extends Int32Array>(parts: A[], make: (n: number) => A): A {
  const out = make(parts[0]!.length);
  for (const part of parts) for (let i = 0; i < part.length; i++) out[i]! += part[i]!;
  return out;
}

export function mergeAggregates(parts: readonly PreviewAggregates[]): PreviewAggregates {
  if (parts.length === 0) throw new Error('nothing to merge');
  if (parts.length === 1) return parts[0]!;
  const list = [...parts];
  const ints = (pick: (a: PreviewAggregates) => Int32Array) =>
    sum(list.map(pick), (n) => new Int32Array(n));
  // Moves are sparse (day, from, to) triples: add counts of equal keys, keep key order.
  const moves = new Map<string, [number, number, number, number]>();
  for (const part of list)
    for (let i = 0; i < part.moveCount.length; i++) {
      const key = `${part.moveDay[i]}|${part.moveFrom[i]}|${part.moveTo[i]}`;
      const entry = moves.get(key);
      if (entry) entry[3] += part.moveCount[i]!;
      else
        moves.set(key, [part.moveDay[i]!, part.moveFrom[i]!, part.moveTo[i]!, part.moveCount[i]!]);
    }
  const merged = [...moves.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return {
    people: list.reduce((n, p) => n + p.people, 0),
    personCasts: list.reduce((n, p) => n + p.personCasts, 0),
    casts: ints((p) => p.casts),
    counters: ints((p) => p.counters),
    occupancy: ints((p) => p.occupancy),
    moveDay: Int32Array.from(merged, (m) => m[0]),
    moveFrom: Int16Array.from(merged, (m) => m[1]),
    moveTo: Int16Array.from(merged, (m) => m[2]),
    moveCount: Int32Array.from(merged, (m) => m[3]),
    slots: ints((p) => p.slots),
    records: ints((p) => p.records),
    exhaustedRecords: ints((p) => p.exhaustedRecords),
  };
}
