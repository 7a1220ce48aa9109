/**
 * Finds the casts an exhausted member can skip because they cannot change anything for them.
 *
 * A cast walks the eligible items only when one is left unconsumed (cast.ts); otherwise it just
 * recomputes the exhausted flag (R38-R39), which stays true while every eligible item is consumed.
 * So for an exhausted member, paused or not, a cast whose eligible set is all consumed writes no
 * record and changes no state, and a lost cast (R6) never does anything. Only the eligible set can
 * change from cast to cast (content switched on, a new item's window opening, an edit), and the
 * consumption only through the person's own timeline (events, pending happenings, batch moves),
 * which the caller bounds the skip by. Casts come in runs with the same eligible set, found once
 * per program, so a year of weekly casts is usually one step.
 */
import type { CompiledProgram, CompiledStream } from '../compiled';
import type { PersonState } from './state';

export class IdleCasts {
  /** Per stream, per cast k: the first cast after k whose eligible set differs from k's. */
  private readonly runEnd: Int32Array[];

  constructor(program: CompiledProgram) {
    const words = program.words;
    this.runEnd = program.streams.map((stream) => {
      const { count, eligMask } = stream.casts;
      const end = new Int32Array(count);
      for (let k = count - 1; k >= 0; k--) {
        let same = k + 1 < count;
        for (let w = 0; same && w < words; w++)
          same = eligMask[k * words + w] === eligMask[(k + 1) * words + w];
        end[k] = same ? end[k + 1]! : k + 1;
      }
      return end;
    });
  }

  /**
   * The first cast from `k` on that may do something for an exhausted member of `stream` whose
   * state is `state`, or whose recipient set is fixed at or after `until` (their next event,
   * pending happening, batch move or the end of the period), or the cast count.
   */
  skip(stream: CompiledStream, k: number, until: number, state: PersonState): number {
    const { count, setAt, eligMask } = stream.casts;
    const runEnd = this.runEnd[stream.index]!;
    const words = state.words;
    let next = k;
    while (next < count && setAt[next]! < until && state.consumedAll(eligMask, next * words))
      next = runEnd[next]!;
    if (next === k || setAt[next - 1]! < until) return next;
    // The last run reaches past `until`: stop at the first cast fixed at or after it.
    let lo = k;
    let hi = next;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (setAt[mid]! < until) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
