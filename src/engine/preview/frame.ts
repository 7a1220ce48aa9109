/** Builds a run's frame (calendar, cast index, names) from a compiled plan; the same in every worker. */
import type { SimulationPlan } from '../compile';
import { startOfDayInZone } from '../time/zones';
import type { CastIndex, PreviewFrame } from './types';

export function buildCastIndex(plan: SimulationPlan): CastIndex {
  const streams = plan.program.streams;
  const streamBase = new Int32Array(streams.length + 1);
  streams.forEach((s, i) => (streamBase[i + 1] = streamBase[i]! + s.casts.count));
  const count = streamBase[streams.length]!;
  const order = Array.from({ length: count }, (_, i) => i);
  const streamOf = new Int16Array(count);
  const kOf = new Int32Array(count);
  streams.forEach((s, i) => {
    for (let k = 0; k < s.casts.count; k++) {
      streamOf[streamBase[i]! + k] = i;
      kOf[streamBase[i]! + k] = k;
    }
  });
  const atOf = (i: number) => streams[streamOf[i]!]!.casts.at[kOf[i]!]!;
  // Time order; at the same instant, display order (semantics 3).
  order.sort((a, b) => atOf(a) - atOf(b) || streamOf[a]! - streamOf[b]!);

  const index: CastIndex = {
    count,
    stream: new Int16Array(count),
    k: new Int32Array(count),
    day: new Int32Array(count),
    at: new Float64Array(count),
    lost: new Uint8Array(count),
    streamBase,
    ofStream: new Int32Array(count),
    entryStart: new Int32Array(count),
    entryCount: new Int32Array(count),
    entryContent: new Int32Array(plan.program.totalEntries),
  };
  order.forEach((flat, c) => {
    const s = streamOf[flat]!;
    const k = kOf[flat]!;
    const casts = streams[s]!.casts;
    index.stream[c] = s;
    index.k[c] = k;
    index.day[c] = casts.day[k]!;
    index.at[c] = casts.at[k]!;
    index.lost[c] = casts.lost[k]!;
    index.ofStream[flat] = c;
    index.entryStart[c] = streams[s]!.entryBase + casts.eligStart[k]!;
    index.entryCount[c] = casts.eligStart[k + 1]! - casts.eligStart[k]!;
  });
  for (const s of streams)
    for (let e = 0; e < s.casts.eligContent.length; e++)
      index.entryContent[s.entryBase + e] = s.casts.eligContent[e]!;
  return index;
}

export function buildFrame(plan: SimulationPlan): PreviewFrame {
  const { program, range, people } = plan;
  const days = range.untilDay - range.startDay + 1;
  const dayStart = new Float64Array(days + 1);
  for (let d = 0; d <= days; d++) dayStart[d] = startOfDayInZone(program.zone, range.startDay + d);
  const slotBase = new Int32Array(program.streams.length + 1);
  program.streams.forEach((s, i) => (slotBase[i + 1] = slotBase[i]! + s.slots.length));
  const slotContent = Int32Array.from(
    program.streams.flatMap((s) => s.slots.map((x) => x.content)),
  );
  return {
    zone: program.zone,
    startDay: range.startDay,
    fromDay: range.fromDay,
    untilDay: range.untilDay,
    dayStart,
    streamIds: program.streams.map((s) => s.id),
    streamNames: program.streams.map((s) => s.name),
    contentIds: program.contentIds,
    contentNames: program.contentNames,
    isEmail: program.isEmail,
    slotBase,
    slotContent,
    casts: buildCastIndex(plan),
    ruleIds: program.rules.map((r) => r.id),
    batchIds: program.batchMoves.map((b) => b.id),
    cohorts: (people.generated?.cohorts ?? []).map((c) => ({ ...c })),
    explicitIds: people.explicitIds,
  };
}

/** The index of the simulated day `at` falls on (program zone), clamped to the period. */
export function dayIndexOf(dayStart: Float64Array, at: number): number {
  const last = dayStart.length - 2;
  if (at < dayStart[0]!) return 0;
  // Days are about 24 hours long: guess, then step over the odd 23- or 25-hour day.
  let d = Math.min(last, Math.max(0, Math.floor((at - dayStart[0]!) / 86_400_000)));
  while (d > 0 && at < dayStart[d]!) d--;
  while (d < last && at >= dayStart[d + 1]!) d++;
  return d;
}
