/**
 * Finds the item a cast tries (R26: the first eligible item not yet consumed, top to bottom) with
 * a bit scan instead of a walk. Where a cast's eligible items come in rising content order (the
 * usual case: contents are numbered in the order the streams list them), the first unconsumed one
 * in walk order is the lowest set bit of `eligible & ~consumed`, and its place in the eligible list
 * is the number of eligible bits below it. Casts in any other order keep the walk (cast.ts).
 *
 * The same scan also says whether anything eligible is left besides the item found, so a cast that
 * consumes it knows the exhausted flag (R38-R39) without a second pass over the words.
 */
import type { CompiledProgram, CastTable } from '../compiled';

/** Number of set bits in a 32-bit word. */
function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** How a cast is run, per cast: one byte read instead of the lost flag and the order check. */
export const CAST_MODE = {
  /** The program is off at the cast (R6): nothing happens. */
  lost: 0,
  /** Eligible contents rise in walk order: the bit scan finds the item. */
  scan: 1,
  /** Any other order: the walk (cast.ts). */
  walk: 2,
} as const;

export class EligibleScan {
  /** Per stream, per cast: its CAST_MODE. */
  readonly modes: Uint8Array[];
  /**
   * After `first` found an item: whether some other eligible item is left unconsumed. An int so
   * the field keeps one representation.
   */
  rest = 0;
  /** After `first` found an item: its content, read off the bit (no load of the eligible list). */
  content = 0;

  constructor(
    program: CompiledProgram,
    private readonly words: number,
  ) {
    this.modes = program.streams.map(({ casts }) => {
      const modes = new Uint8Array(casts.count);
      for (let k = 0; k < casts.count; k++) {
        let rising = true;
        for (let e = casts.eligStart[k]! + 1; rising && e < casts.eligStart[k + 1]!; e++)
          if (casts.eligContent[e]! <= casts.eligContent[e - 1]!) rising = false;
        modes[k] = casts.lost[k] === 1 ? CAST_MODE.lost : rising ? CAST_MODE.scan : CAST_MODE.walk;
      }
      return modes;
    });
  }

  /**
   * The eligible entry (index into `casts.eligContent`) cast k tries for a person who consumed
   * `consumed`, or -1 when every eligible item is consumed; sets `rest` and `content`. Only for
   * CAST_MODE.scan.
   */
  first(casts: CastTable, k: number, consumed: Uint32Array): number {
    const words = this.words;
    const mask = casts.eligMask;
    const base = k * words;
    let rank = casts.eligStart[k]!;
    for (let w = 0; w < words; w++) {
      const eligible = mask[base + w]!;
      const left = eligible & ~consumed[w]!;
      if (left === 0) {
        rank += popcount(eligible);
        continue;
      }
      // The lowest unconsumed bit, and the eligible bits below it (`low - 1` as a 32-bit mask).
      const low = left & -left;
      const found = rank + popcount(eligible & (low - 1));
      this.content = w * 32 + 31 - Math.clz32(low);
      let rest = (left & (left - 1)) !== 0 ? 1 : 0;
      for (let v = w + 1; rest === 0 && v < words; v++)
        if ((mask[base + v]! & ~consumed[v]!) !== 0) rest = 1;
      this.rest = rest;
      return found;
    }
    return -1;
  }
}
