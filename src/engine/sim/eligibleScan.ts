/**
 * Finds the item a cast tries (R26: the first eligible item not yet consumed, top to bottom) with
 * a bit scan instead of a walk. Where a cast's eligible items come in rising content order (the
 * usual case: contents are numbered in the order the streams list them), the first unconsumed one
 * in walk order is the lowest set bit of `eligible & ~consumed`, and its place in the eligible list
 * is the number of eligible bits below it. Casts in any other order keep the walk (cast.ts).
 */
import type { CompiledProgram, CastTable } from '../compiled';

/** Number of set bits in a 32-bit word. */
function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export class EligibleScan {
  /** Per stream, per cast: 1 when the eligible contents rise strictly in walk order. */
  private readonly rising: Uint8Array[];

  constructor(
    program: CompiledProgram,
    private readonly words: number,
  ) {
    this.rising = program.streams.map(({ casts }) => {
      const rising = new Uint8Array(casts.count);
      for (let k = 0; k < casts.count; k++) {
        let ok = 1;
        for (let e = casts.eligStart[k]! + 1; ok === 1 && e < casts.eligStart[k + 1]!; e++)
          if (casts.eligContent[e]! <= casts.eligContent[e - 1]!) ok = 0;
        rising[k] = ok;
      }
      return rising;
    });
  }

  /** Whether cast k of stream `stream` can be scanned rather than walked. */
  applies(stream: number, k: number): boolean {
    return this.rising[stream]![k] === 1;
  }

  /**
   * The eligible entry (index into `casts.eligContent`) cast k tries for a person who consumed
   * `consumed`, or -1 when every eligible item is consumed. Only where `applies`.
   */
  first(casts: CastTable, k: number, consumed: Uint32Array): number {
    const words = this.words;
    const mask = casts.eligMask;
    const base = k * words;
    let rank = casts.eligStart[k]!;
    for (let w = 0; w < words; w++) {
      const eligible = mask[base + w]!;
      const left = eligible & ~consumed[w]!;
      // The lowest unconsumed bit, and the eligible bits below it (`low - 1` as a 32-bit mask).
      if (left !== 0) return rank + popcount(eligible & ((left & -left) - 1));
      rank += popcount(eligible);
    }
    return -1;
  }
}
