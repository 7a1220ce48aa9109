/**
 * One cast for one person (R25-R40): walk the stream's eligible items top to bottom, skip what was
 * consumed, stop at the first item tried (R26); send it or hold it back (R27, R36), or run a program
 * item's cast campaign (R28-R29); then recompute the exhausted flag (R38-R39).
 */
import type { CompiledProgram, CompiledStream } from '../compiled';
import type { PeopleTable } from '../compile/people';
import type { SimulationRange } from '../compile/range';
import type { RecordSink } from '../records';
import type { BehaviourSampler } from './behaviour';
import type { DeliverySchedule } from './delivery';
import type { EngagementTracker } from './engagementTracker';
import { CAST_MODE, EligibleScan } from './eligibleScan';
import { ProgramItems } from './programItem';
import { PENDING, type PendingQueue } from './pending';
import type { PersonState } from './state';
import type { Tracer } from './tracer';
import { CAST_STATUS, OUTCOME, type Observer, type Outcome } from './observer';

/** What a cast changed that batch moves may read (person.ts), as bits. */
export const CAST_CHANGE = {
  /** An item consumed and maybe received (R14): read by "was sent" filters. */
  history: 1,
  /** The exhausted flag turned (R39): read by "exhausted" filters. */
  flag: 2,
} as const;

/** What `CastRunner.walk` came to, as bits. */
const WALKED = { consumed: 1, exhausted: 2 } as const;

export class CastRunner {
  /** Casts simulated for a member (paused ones included): the benchmark's unit of work. */
  personCasts = 0;
  private p = 0;
  private tracer: Tracer | null = null;
  private observer: Observer | null = null;
  /** What the walk of the current cast came to, for the observer. */
  private outcome: Outcome = OUTCOME.none;
  private outcomeEntry = -1;
  private outcomeContent = -1;
  private readonly scan: EligibleScan;
  private readonly programs: ProgramItems;
  /** The range's bounds, copied so the per-send check reads two fields, not a nested object. */
  private readonly fromAt: number;
  private readonly endAt: number;
  /** Whether the program has communication limits (R34) to check and count. */
  private readonly limited: boolean;

  constructor(
    private readonly program: CompiledProgram,
    private readonly people: PeopleTable,
    range: SimulationRange,
    private readonly state: PersonState,
    private readonly pending: PendingQueue,
    private readonly delivery: DeliverySchedule,
    private readonly engagement: EngagementTracker,
    private readonly behaviour: BehaviourSampler,
    private readonly sink: RecordSink,
  ) {
    this.scan = new EligibleScan(program, state.words);
    this.programs = new ProgramItems(program, range, state, engagement, sink);
    this.fromAt = range.fromAt;
    this.endAt = range.endAt;
    this.limited = program.limits !== null;
  }

  forPerson(p: number, tracer: Tracer | null, observer: Observer | null) {
    this.p = p;
    this.tracer = tracer;
    this.observer = observer;
  }

  private writes(at: number): boolean {
    return at >= this.fromAt && at < this.endAt;
  }

  /**
   * Person-cast k of `stream`; returns what it may have changed of the person's state (CAST_CHANGE
   * bits: something sent or consumed, the exhausted flag turned; 0 for nothing), which the batch
   * moves reading it must then look at again.
   */
  cast(stream: CompiledStream, k: number): number {
    const casts = stream.casts;
    const state = this.state;
    const tracer = this.tracer;
    const observer = this.observer;
    this.personCasts++;
    const mode = this.scan.modes[stream.index]![k]!;
    if (mode === CAST_MODE.lost) {
      tracer?.castStart(stream.index, k, 'lost'); // R6, semantics 18
      observer?.cast(
        stream.index,
        k,
        CAST_STATUS.lost,
        OUTCOME.none,
        -1,
        -1,
        state.exhausted,
        false,
      );
      return 0;
    }
    if (observer !== null) {
      this.outcome = OUTCOME.none;
      this.outcomeEntry = -1;
      this.outcomeContent = -1;
    }
    tracer?.castStart(stream.index, k, state.paused ? 'paused' : 'normal');
    let consumed = false;
    // R38-R39: the flag is recomputed for every member, paused ones included.
    let exhausted: boolean;
    if (state.paused) exhausted = state.consumedAll(casts.eligMask, k * state.words);
    else if (mode === CAST_MODE.scan && tracer === null) {
      // The walk below by a bit scan (eligibleScan.ts): same item, same outcome, and whether
      // anything else is left, which is the flag once the item is consumed.
      const e = this.scan.first(casts, k, state.consumed);
      if (e < 0) exhausted = true;
      else {
        consumed = this.tryItem(stream, k, e, this.scan.content);
        exhausted = consumed && this.scan.rest === 0;
      }
    } else {
      const walked = this.walk(stream, k);
      consumed = (walked & WALKED.consumed) !== 0;
      exhausted = (walked & WALKED.exhausted) !== 0;
    }
    const was = state.exhausted;
    const newly = exhausted && !was;
    state.exhausted = exhausted;
    if (newly && this.writes(casts.at[k]!)) this.sink.exhausted(casts.at[k]!, this.p, stream.index);
    tracer?.castEnd(stream.index, k, exhausted, newly);
    if (observer !== null) {
      const status = state.paused ? CAST_STATUS.paused : CAST_STATUS.normal;
      observer.cast(
        stream.index,
        k,
        status,
        this.outcome,
        this.outcomeEntry,
        this.outcomeContent,
        exhausted,
        newly,
      );
      observer.place(casts.setAt[k]!, stream.index, state.paused, exhausted);
    }
    return (consumed ? CAST_CHANGE.history : 0) | (exhausted !== was ? CAST_CHANGE.flag : 0);
  }

  /** Tries eligible entry `e` (content `c`): true when it was consumed (sent or run). */
  private tryItem(stream: CompiledStream, k: number, e: number, c: number): boolean {
    return this.program.isEmail[c] === 1
      ? this.castEmail(stream, k, e, c)
      : this.castProgram(stream, k, e, c);
  }

  /**
   * R26 by walking: eligible items top to bottom, skip consumed ones, stop at the first tried;
   * returns WALKED bits: whether an item was consumed, and the exhausted flag after (R38-R39).
   * Tracing walks even where the scan applies, to say why each item was passed.
   */
  private walk(stream: CompiledStream, k: number): number {
    const casts = stream.casts;
    const state = this.state;
    const tracer = this.tracer;
    const maskBase = k * state.words;
    // Nothing eligible left unconsumed: nothing to walk (R40: the flag excludes no one, but there
    // is simply nothing to send).
    if (tracer === null && state.consumedAll(casts.eligMask, maskBase)) return WALKED.exhausted;
    const start = casts.eligStart[k]!;
    const end = casts.eligStart[k + 1]!;
    let consumed = false;
    for (let e = start; e < end; e++) {
      const c = casts.eligContent[e]!;
      if (state.has(state.consumed, c)) {
        tracer?.item(stream.index, k, e - start, 'consumed', NaN);
        continue;
      }
      consumed = this.tryItem(stream, k, e, c);
      // Something was left and nothing consumed (held back): still something left.
      if (!consumed) return 0;
      break;
    }
    return (
      (consumed ? WALKED.consumed : 0) |
      (state.consumedAll(casts.eligMask, maskBase) ? WALKED.exhausted : 0)
    );
  }

  private tried(outcome: Outcome, entry: number, content: number) {
    this.outcome = outcome;
    this.outcomeEntry = entry;
    this.outcomeContent = content;
  }

  /**
   * Sends email `c`, or holds it back (R27): true when it was sent. What only recipient time zones
   * or a watched run need is in methods of its own, so this path, taken at every send, stays small
   * enough for the compiler to inline into `cast`.
   */
  private castEmail(stream: CompiledStream, k: number, e: number, c: number): boolean {
    const state = this.state;
    const casts = stream.casts;
    let deliverAt = casts.at[k]!;
    let deliverDay = casts.day[k]!;
    if (stream.rtz) {
      deliverAt = this.zonedAt(stream, k);
      deliverDay = this.zonedDay(stream, k);
    }
    // R27: a blocked person gets nothing, the item stays unconsumed; semantics 9 on the reason.
    // (The limit calls only where there are limits, the engagement call only with counters:
    // calls never made leave the compiler's inlining budget to those that are.)
    if (state.unsubscribed || (this.limited && state.overLimit(deliverDay))) {
      this.blocked(stream, k, e, c, deliverAt);
      return false;
    }
    const bit = 1 << (c & 31);
    state.consumed[c >>> 5]! |= bit;
    if (this.limited) state.countEmail(deliverDay);
    const entry = stream.entryBase + e;
    if (deliverAt >= this.fromAt && deliverAt < this.endAt)
      this.sink.send(deliverAt, this.p, stream.index, c);
    if (deliverAt > casts.setAt[k]!) this.deliverLater(stream, c, entry, deliverAt);
    else state.received[c >>> 5]! |= bit;
    if (this.tracer !== null || this.observer !== null) this.sent(stream, k, e, c, deliverAt);
    if (this.engagement.counters !== null) this.engagement.delivered(c, entry);
    const slot = casts.eligSlot[e]!;
    this.behaviour.sample(stream.index, slot, entry, c, deliverAt, deliverDay, this.pending);
    return true;
  }

  /** R23: the delivery instant of cast k of an RTZ stream in the person's zone. */
  private zonedAt(stream: CompiledStream, k: number): number {
    return this.delivery.at(stream, k, this.people.zone[this.p]!);
  }

  /** The program-zone day that delivery falls on (semantics 8). */
  private zonedDay(stream: CompiledStream, k: number): number {
    return this.delivery.day(stream, k, this.people.zone[this.p]!);
  }

  /** A delivery after the recipient-set instant (RTZ): received when it happens. */
  private deliverLater(stream: CompiledStream, c: number, entry: number, at: number) {
    this.pending.push(at, PENDING.deliver, c, entry, stream.index);
  }

  /** Tells the tracer and observer about a send. */
  private sent(stream: CompiledStream, k: number, e: number, c: number, deliverAt: number) {
    const local = e - stream.casts.eligStart[k]!;
    this.tracer?.item(stream.index, k, local, 'sent', deliverAt);
    this.tried(OUTCOME.sent, local, c);
  }

  /**
   * Email `c` held back from a blocked person (R27). Apart from `castEmail`, which runs for every
   * send, so that the send's path stays small enough for the compiler to inline what it calls.
   */
  private blocked(stream: CompiledStream, k: number, e: number, c: number, deliverAt: number) {
    const state = this.state;
    const casts = stream.casts;
    const local = e - casts.eligStart[k]!;
    const reason = state.unsubscribed ? 'unsubscribed' : 'limit';
    if (this.writes(casts.at[k]!)) this.sink.blocked(casts.at[k]!, this.p, stream.index, c, reason);
    this.tracer?.item(
      stream.index,
      k,
      local,
      reason === 'limit' ? 'blockedLimit' : 'blockedUnsubscribed',
      deliverAt,
    );
    this.tried(reason === 'limit' ? OUTCOME.blockedLimit : OUTCOME.blockedUnsubscribed, local, c);
  }

  /** R29: the program's cast campaign runs (programItem.ts); the item is consumed. */
  private castProgram(stream: CompiledStream, k: number, e: number, c: number): true {
    const outcome = this.programs.run(stream, k, e, c, this.p, this.tracer);
    this.tried(outcome, e - stream.casts.eligStart[k]!, c);
    return true;
  }
}
