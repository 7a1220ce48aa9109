/**
 * Where the members of each stream at the start of a bucket (a week or a month) are at its end,
 * from the day-by-day move counts: people who joined come from "joined", people removed go to
 * "left". The move triples count moves, not people, and someone may move twice in a bucket
 * (S1 -> S2 -> S3 in one month): following the moves day by day, the people leaving a stream are
 * taken from its members in proportion to where those came from (a stream holding 30 of its
 * starters and 10 newcomers sends 3 starters for each newcomer). Chains then compose (S1 -> S3),
 * every stream's members add up to its end-of-day occupancy, and the result is an estimate only
 * where people moved several times in one bucket. O(move triples x streams + buckets x streams²).
 */
import type { PreviewFrame, PreviewAggregates } from '../../engine';
import type { Bucket } from './chartPeriods';

/**
 * transfer[o * (streams + 1) + t]: people in stream o at the start (o = streams: joined during the
 * bucket) and in stream t at the end (t = streams: left the program during the bucket).
 */
export type Transfer = Float64Array;

/** Shares of a person below this are rounding dust from the proportional splits. */
const EPSILON = 1e-9;

export function transfersPerBucket(
  frame: PreviewFrame,
  aggregates: PreviewAggregates,
  list: readonly Bucket[],
  startMembers: readonly (readonly number[])[],
): Transfer[] {
  const streams = frame.streamIds.length;
  const side = streams + 1;
  const joined = streams;
  // Move triples in time order (the collector writes them by day), from the written period on.
  let next = 0;
  const count = aggregates.moveDay.length;
  while (next < count && frame.startDay + aggregates.moveDay[next]! < frame.fromDay) next++;

  return list.map((bucket, b) => {
    // mix[o * streams + s]: members of s now who were in o at the start (o = joined: newcomers).
    const mix = new Float64Array(side * streams);
    const left = new Float64Array(side);
    startMembers[b]!.forEach((n, s) => (mix[s * streams + s] = n));
    const origins = (s: number) => {
      let n = 0;
      for (let o = 0; o < side; o++) n += mix[o * streams + s]!;
      return n;
    };
    while (next < count && frame.startDay + aggregates.moveDay[next]! <= bucket.last) {
      const day = aggregates.moveDay[next]!;
      const pending: { from: number; to: number; left: number }[] = [];
      for (; next < count && aggregates.moveDay[next] === day; next++) {
        const from = aggregates.moveFrom[next]!;
        const to = aggregates.moveTo[next]!;
        const n = aggregates.moveCount[next]!;
        if (from < 0)
          mix[joined * streams + to]! += n; // joins first: they feed the day's moves
        else pending.push({ from, to, left: n });
      }
      // A day's moves may chain (into a stream, then on): repeat until every move is placed.
      for (let progress = true; progress;) {
        progress = false;
        for (const p of pending) {
          const available = origins(p.from);
          if (available < EPSILON || p.left < EPSILON) continue;
          const take = Math.min(p.left, available);
          for (let o = 0; o < side; o++) {
            const share = (mix[o * streams + p.from]! / available) * take;
            mix[o * streams + p.from]! -= share;
            if (p.to < 0) left[o]! += share;
            else mix[o * streams + p.to]! += share;
          }
          p.left -= take;
          progress = true;
        }
      }
    }
    const transfer = new Float64Array(side * side);
    for (let o = 0; o < side; o++) {
      for (let s = 0; s < streams; s++) transfer[o * side + s] = mix[o * streams + s]!;
      transfer[o * side + streams] = left[o]!;
    }
    return transfer;
  });
}
