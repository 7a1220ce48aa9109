/**
 * Sampled behaviour (spec: behavior, semantics 12): per delivered email one draw each for open,
 * click and unsubscribe; a click forces an open. The open happens 1 hour after delivery, the click
 * 2 hours after, the unsubscribe 3 hours after. Rates resolve key by key: the item's override, else
 * the person's cohort, else the program's, else 0.
 *
 * The rates are resolved ahead, once per cohort rather than per send: a table per cohort (and one
 * for people without) holds, per slot of every stream (the streams' slots one after another), the
 * three rates as thresholds an unsigned 32-bit draw is compared with. Per slot, not per eligible
 * entry: a table of a few hundred bytes stays in the nearest cache, one per cast would not.
 */
import type { CompiledProgram, PartialRates } from '../compiled';
import { keyedDraw, personStream, personWhatKey } from '../rng';
import { MS_PER_HOUR } from '../time/days';
import { PENDING, type PendingQueue } from './pending';

/** A rate times this is the threshold an unsigned 32-bit draw is compared with (rng.ts). */
const SCALE = 4294967296;

export class BehaviourSampler {
  /** Thresholds for people without a cohort's rates. */
  private readonly plain: Float64Array;
  /** Thresholds per cohort's rates, built the first time someone of that cohort is simulated. */
  private readonly byCohort = new Map<PartialRates, Float64Array>();
  /** The current person's thresholds: open, click, unsubscribe per slot. */
  private thresholds: Float64Array;
  /** Per stream: the index of its first slot in a thresholds table. */
  private readonly slotBase: Int32Array;
  private slotCount = 0;
  private draws = 0;

  constructor(
    private readonly program: CompiledProgram,
    private readonly seed: number,
  ) {
    this.slotBase = new Int32Array(program.streams.length);
    program.streams.forEach((stream, s) => {
      this.slotBase[s] = this.slotCount;
      this.slotCount += stream.slots.length;
    });
    this.plain = this.resolve(null);
    this.thresholds = this.plain;
  }

  /** Every slot's thresholds for a person of `cohort`'s rates (null: none). */
  private resolve(cohort: PartialRates | null): Float64Array {
    const program = this.program;
    const base = program.behavior;
    const table = new Float64Array(this.slotCount * 3);
    program.streams.forEach((stream, s) => {
      stream.slots.forEach((slot, j) => {
        const item = slot.behavior;
        const i = (this.slotBase[s]! + j) * 3;
        table[i] = (item?.open ?? cohort?.open ?? base?.open ?? 0) * SCALE;
        table[i + 1] = (item?.click ?? cohort?.click ?? base?.click ?? 0) * SCALE;
        table[i + 2] = (item?.unsubscribe ?? cohort?.unsubscribe ?? base?.unsubscribe ?? 0) * SCALE;
      });
    });
    return table;
  }

  /** Switches to a person: their cohort's rates and their own randomness stream (seed + id). */
  forPerson(cohort: PartialRates | null, personKey: number) {
    let thresholds = this.plain;
    if (cohort !== null) {
      const known = this.byCohort.get(cohort);
      if (known !== undefined) thresholds = known;
      else {
        thresholds = this.resolve(cohort);
        this.byCohort.set(cohort, thresholds);
      }
    }
    this.thresholds = thresholds;
    this.draws = personStream(this.seed, personKey);
  }

  /**
   * Samples email `c` of slot `slot` of stream `stream`, delivered at `at` on program day `day`;
   * `entry` is its eligible entry (program-wide), for the engagement counters.
   */
  sample(
    stream: number,
    slot: number,
    entry: number,
    c: number,
    at: number,
    day: number,
    pending: PendingQueue,
  ) {
    const thresholds = this.thresholds;
    const i = (this.slotBase[stream]! + slot) * 3;
    const open = thresholds[i]!;
    const click = thresholds[i + 1]!;
    const unsubscribe = thresholds[i + 2]!;
    if (open === 0 && click === 0 && unsubscribe === 0) return;
    // Keyed by content and delivery day: the same send always draws the same numbers.
    // personUniform(draws, c, when + i) < rate, as keyedDraw (rng.ts): the content half hashed
    // once for the three draws, and compared unsigned against the rate scaled to 32 bits.
    const when = day * 4;
    const key = personWhatKey(this.draws, c);
    const clicks = click > 0 && keyedDraw(key, when + 1) >>> 0 < click;
    const opens = clicks || (open > 0 && keyedDraw(key, when) >>> 0 < open);
    const unsubscribes = unsubscribe > 0 && keyedDraw(key, when + 2) >>> 0 < unsubscribe;
    if (opens) pending.push(at + MS_PER_HOUR, PENDING.open, c, entry, stream);
    if (clicks) pending.push(at + 2 * MS_PER_HOUR, PENDING.click, c, entry, stream);
    if (unsubscribes) pending.push(at + 3 * MS_PER_HOUR, PENDING.unsubscribe, c, entry, stream);
  }
}
