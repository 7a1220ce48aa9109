/**
 * Sampled behaviour (spec: behavior, semantics 12): per delivered email one draw each for open,
 * click and unsubscribe; a click forces an open. The open happens 1 hour after delivery, the click
 * 2 hours after, the unsubscribe 3 hours after. Rates resolve key by key: the item's override, else
 * the person's cohort, else the program's, else 0.
 */
import type { CompiledProgram, CompiledStream, PartialRates } from '../compiled';
import { keyedDraw, personStream, personWhatKey } from '../rng';
import { MS_PER_HOUR } from '../time/days';
import { PENDING, type PendingQueue } from './pending';

/** A rate times this is the threshold an unsigned 32-bit draw is compared with (rng.ts). */
const SCALE = 4294967296;

export class BehaviourSampler {
  /** Per stream, per slot: open, click, unsubscribe without a cohort's rates (item, else program). */
  private readonly slotRates: Float64Array[];
  private cohort: PartialRates | null = null;
  private draws = 0;

  constructor(
    program: CompiledProgram,
    private readonly seed: number,
  ) {
    const base = program.behavior;
    this.slotRates = program.streams.map((s) =>
      Float64Array.from(
        s.slots.flatMap((slot) => [
          slot.behavior?.open ?? base?.open ?? 0,
          slot.behavior?.click ?? base?.click ?? 0,
          slot.behavior?.unsubscribe ?? base?.unsubscribe ?? 0,
        ]),
      ),
    );
  }

  /** Switches to a person: their cohort's rates and their own randomness stream (seed + id). */
  forPerson(cohort: PartialRates | null, personKey: number) {
    this.cohort = cohort;
    this.draws = personStream(this.seed, personKey);
  }

  /** Samples the email at eligible entry `e` delivered at `at` on program day `day`. */
  sample(
    stream: CompiledStream,
    e: number,
    c: number,
    at: number,
    day: number,
    entry: number,
    pending: PendingQueue,
  ) {
    const slot = stream.casts.eligSlot[e]!;
    const rates = this.slotRates[stream.index]!;
    let open = rates[slot * 3]!;
    let click = rates[slot * 3 + 1]!;
    let unsubscribe = rates[slot * 3 + 2]!;
    const cohort = this.cohort;
    if (cohort !== null) {
      const item = stream.slots[slot]!.behavior;
      open = item?.open ?? cohort.open ?? open;
      click = item?.click ?? cohort.click ?? click;
      unsubscribe = item?.unsubscribe ?? cohort.unsubscribe ?? unsubscribe;
    }
    if (open === 0 && click === 0 && unsubscribe === 0) return;
    // Keyed by content and delivery day: the same send always draws the same numbers.
    // personUniform(draws, c, when + i) < rate, as keyedDraw (rng.ts): the content half hashed
    // once for the three draws, and compared unsigned against the rate scaled to 32 bits.
    const when = day * 4;
    const key = personWhatKey(this.draws, c);
    const clicks = click > 0 && keyedDraw(key, when + 1) >>> 0 < click * SCALE;
    const opens = clicks || (open > 0 && keyedDraw(key, when) >>> 0 < open * SCALE);
    const unsubscribes = unsubscribe > 0 && keyedDraw(key, when + 2) >>> 0 < unsubscribe * SCALE;
    if (opens) pending.push(at + MS_PER_HOUR, PENDING.open, c, entry, stream.index);
    if (clicks) pending.push(at + 2 * MS_PER_HOUR, PENDING.click, c, entry, stream.index);
    if (unsubscribes)
      pending.push(at + 3 * MS_PER_HOUR, PENDING.unsubscribe, c, entry, stream.index);
  }
}
