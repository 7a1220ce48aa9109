/**
 * One person's state while they are simulated, reused from person to person so the per-cast work
 * allocates nothing. Holds the program-membership facts the rule book tracks: stream (R3), cadence
 * (R54), exhausted flag (R38-R39), mailability (R27), consumption (R14, R28) and history for filters
 * (semantics 23), attribute values, and the communication-limit counters (R34, semantics 8).
 */
import type { Scalar } from '../../model';
import type { CompiledFilter } from '../compiled';
import { compareOp } from './compare';
import { FilterCheck } from './filterCheck';

/** Days the limit counters remember: the 7-day window plus decisions a day or two ahead (RTZ). */
const LIMIT_SLOTS = 16;
const NO_DAY = -2147483648;

export class PersonState {
  member = false;
  stream = -1;
  paused = false;
  exhausted = false;
  unsubscribed = false;
  readonly consumed: Uint32Array;
  readonly received: Uint32Array;
  readonly opened: Uint32Array;
  readonly clicked: Uint32Array;
  readonly attrs: Scalar[];
  private readonly limitDay = new Int32Array(LIMIT_SLOTS);
  private readonly limitCount = new Int32Array(LIMIT_SLOTS);

  constructor(
    readonly words: number,
    attributeCount: number,
    private readonly limits: { perDay: number; per7Days: number } | null,
  ) {
    this.consumed = new Uint32Array(words);
    this.received = new Uint32Array(words);
    this.opened = new Uint32Array(words);
    this.clicked = new Uint32Array(words);
    this.attrs = new Array<Scalar>(attributeCount).fill(null);
  }

  reset(unsubscribed: boolean, prior: Uint32Array | null, priorBase: number) {
    this.member = false;
    this.stream = -1;
    this.paused = false;
    this.exhausted = false;
    this.unsubscribed = unsubscribed;
    // A loop, not fill(): a program's few words cost less than four builtin calls per person.
    for (let w = 0; w < this.words; w++) {
      this.consumed[w] = prior !== null ? prior[priorBase + w]! : 0;
      this.received[w] = 0;
      this.opened[w] = 0;
      this.clicked[w] = 0;
    }
    if (this.limits !== null) this.limitDay.fill(NO_DAY);
  }

  has(bits: Uint32Array, c: number): boolean {
    return (bits[c >>> 5]! & (1 << (c & 31))) !== 0;
  }

  set(bits: Uint32Array, c: number) {
    bits[c >>> 5]! |= 1 << (c & 31);
  }

  /** True when every content in `mask` (at `base`) is consumed: R38 for one cast. */
  consumedAll(mask: Uint32Array, base: number): boolean {
    for (let w = 0; w < this.words; w++)
      if ((mask[base + w]! & ~this.consumed[w]!) !== 0) return false;
    return true;
  }

  /** R52: removal clears email consumption; program membership stays (semantics 10). */
  clearEmailConsumption(programMask: Uint32Array) {
    for (let w = 0; w < this.words; w++) this.consumed[w]! &= programMask[w]!;
  }

  private countOn(day: number): number {
    const slot = day & (LIMIT_SLOTS - 1);
    return this.limitDay[slot] === day ? this.limitCount[slot]! : 0;
  }

  /** Whether one more engagement email delivered on `day` would break a cap (R34). */
  overLimit(day: number): boolean {
    const limits = this.limits;
    if (limits === null) return false;
    if (this.countOn(day) >= limits.perDay) return true;
    let week = 0;
    for (let d = day - 6; d <= day; d++) week += this.countOn(d);
    return week >= limits.per7Days;
  }

  countEmail(day: number) {
    if (this.limits === null) return;
    const slot = day & (LIMIT_SLOTS - 1);
    if (this.limitDay[slot] !== day) {
      this.limitDay[slot] = day;
      this.limitCount[slot] = 0;
    }
    this.limitCount[slot]!++;
  }

  private any(bits: Uint32Array): boolean {
    for (let w = 0; w < this.words; w++) if (bits[w] !== 0) return true;
    return false;
  }

  /** Semantics 23-24: history filters, flags of a member, strict comparisons. */
  passes(f: FilterCheck): boolean {
    switch (f.kind) {
      case 0:
        return compareOp(this.attrs[f.attr] ?? null, f.op, f.value);
      case 1:
        return this.has(this.received, f.content);
      case 2:
        return f.content < 0 ? this.any(this.opened) : this.has(this.opened, f.content);
      case 3:
        return f.content < 0 ? this.any(this.clicked) : this.has(this.clicked, f.content);
      case 4:
        // A non-member is not exhausted.
        return (this.member && this.exhausted) === f.flag;
      case 5:
        return this.member && this.paused === f.flag;
      case 6:
        return this.member && this.stream === f.stream;
    }
    return false;
  }

  allPass(checks: readonly FilterCheck[]): boolean {
    for (let i = 0; i < checks.length; i++) if (!this.passes(checks[i]!)) return false;
    return true;
  }

  /** `passes` for a compiled filter, for explanations (one person: the conversion is no cost). */
  holds(f: CompiledFilter): boolean {
    return this.passes(new FilterCheck(f));
  }

  allHold(filters: readonly CompiledFilter[]): boolean {
    for (let i = 0; i < filters.length; i++) if (!this.holds(filters[i]!)) return false;
    return true;
  }
}
