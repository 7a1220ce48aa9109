/**
 * The floor: a lower bound for the simulation's work, timed over the same casts a compiled W1 plan
 * has. Every person, from the first cast of their join stream at or after they join to the end,
 * gets one bit scan per cast: the first item eligible then (the cast table's bitset) that they have
 * not yet received is marked received, and nothing else happens: no behaviour, no rules, no
 * moves, no records. Any simulator does at least this much per person-cast, so the simulation's
 * time over the floor's says how much it spends on everything else.
 */
import type { SimulationPlan } from '../src/engine';

export interface FloorResult {
  personCasts: number;
  seconds: number;
  /** Sum of the items picked: printed, so the loop cannot be optimised away. */
  checksum: number;
}

/** First cast of `setAt` (ascending) at or after `instant`, by binary search. */
function firstCastFrom(setAt: Float64Array, instant: number): number {
  let lo = 0;
  let hi = setAt.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (setAt[mid]! < instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Times the floor over `plan`, whose audience must come from the generator (join times known). */
export function floorOf(plan: SimulationPlan): FloorResult {
  const generated = plan.people.generated;
  if (generated === null) throw new Error('the floor needs a plan with a generated audience');
  const words = plan.program.words;
  const streams = plan.program.streams;
  const people = generated.count;
  // Where each person starts, found before the clock starts: only the scans are timed.
  const first = new Int32Array(people);
  for (let p = 0; p < people; p++)
    first[p] = firstCastFrom(streams[generated.joinStream[p]!]!.casts.setAt, generated.joinAt[p]!);

  const received = new Uint32Array(words);
  let personCasts = 0;
  let checksum = 0;
  const start = performance.now();
  for (let p = 0; p < people; p++) {
    const casts = streams[generated.joinStream[p]!]!.casts;
    const mask = casts.eligMask;
    received.fill(0);
    for (let k = first[p]!; k < casts.count; k++) {
      const base = k * words;
      for (let w = 0; w < words; w++) {
        const free = mask[base + w]! & ~received[w]!;
        if (free !== 0) {
          const bit = free & -free;
          received[w]! |= bit;
          checksum += w * 32 + 31 - Math.clz32(bit);
          break;
        }
      }
    }
    personCasts += casts.count - first[p]!;
  }
  return { personCasts, seconds: (performance.now() - start) / 1000, checksum };
}
