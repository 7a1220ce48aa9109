/**
 * Simulates one person at a time through the whole period.
 *
 * People never influence each other in an engagement program: casts, limits (R34), transitions
 * (R47) and batch moves (R41) are all decided per person, and the program edits that everyone
 * shares (activate, reorder, program status) are folded into the cast schedule beforehand. So each
 * person is simulated alone, on their own timeline of four sources merged in the order semantics 3
 * prescribes at equal instants: scripted events, pending (sampled) happenings, batch moves, casts.
 * This keeps per-person state in a few reused typed arrays and makes a single person's explanation
 * a re-run of that person alone.
 */
import type { CompiledProgram, CompiledStream } from '../compiled';
import { TRIGGER, type TriggerKind } from '../compiled';
import type { Scalar } from '../../model';
import type { CompiledEvents, PersonEvent } from '../compile/events';
import { EV } from '../compile/events';
import { EventCursor } from '../compile/eventCursor';
import type { PeopleTable } from '../compile/people';
import type { SimulationRange } from '../compile/range';
import { METRIC } from '../metrics';
import { CAUSE, type CauseKind, type RecordSink } from '../records';
import { dayInZone } from '../time/zones';
import { BehaviourSampler } from './behaviour';
import { ENGAGED, EngagementTracker } from './engagementTracker';
import { PENDING, type PendingKind, PendingQueue } from './pending';
import { PersonState } from './state';
import type { Tracer } from './tracer';
import type { Observer } from './observer';
import { CastRunner } from './cast';
import { DeliverySchedule } from './delivery';
import { triggerMatches } from './triggers';

/** R49: a chain of moves from one originating happening stops after this many. */
export const MAX_CHAIN = 5;
const PHASE_EVENT = 0;
const PHASE_PENDING = 1;
const PHASE_BATCH = 2;
const PHASE_CAST = 3;

export interface PersonRunOptions {
  counters: Int32Array | null;
  tracer: Tracer | null;
  observer?: Observer | null;
}

export class PersonSimulator {
  private readonly state: PersonState;
  private readonly pending = new PendingQueue();
  private readonly popped = { at: 0, kind: 0 as PendingKind, content: 0, entry: 0, stream: 0 };
  private readonly delivery: DeliverySchedule;
  /** Whether any batch move can take people out of each stream. */
  private readonly batchFrom: Uint8Array;
  private readonly engagement: EngagementTracker;
  private readonly behaviour: BehaviourSampler;
  private readonly casts: CastRunner;
  /** The person's scripted events (a generated person's: the join). */
  private readonly events: EventCursor;
  private p = 0;
  private castPtr = 0;
  /** Per batch move: the change epoch it last looked at the person in (pending while older). */
  private readonly batchSeen: Int32Array;
  private batchEpoch = 0;
  private batchPendingCount = 0;
  private batchPtrStale = true;
  private batchPtr = 0;
  private tracer: Tracer | null = null;
  private observer: Observer | null = null;

  constructor(
    private readonly program: CompiledProgram,
    private readonly people: PeopleTable,
    events: CompiledEvents,
    private readonly range: SimulationRange,
    seed: number,
    private readonly sink: RecordSink,
  ) {
    this.events = new EventCursor(events, people);
    this.state = new PersonState(program.words, program.attributes.length, program.limits);
    this.delivery = new DeliverySchedule(program, people.zones);
    this.batchFrom = new Uint8Array(program.streams.length);
    for (const b of program.batchMoves) {
      if (b.from < 0) this.batchFrom.fill(1);
      else this.batchFrom[b.from] = 1;
    }
    this.batchSeen = new Int32Array(program.batchMoves.length);
    this.engagement = new EngagementTracker(program.contentIds.length);
    this.behaviour = new BehaviourSampler(program, seed);
    this.casts = new CastRunner(
      program,
      people,
      range,
      this.state,
      this.pending,
      this.delivery,
      this.engagement,
      this.behaviour,
      sink,
    );
  }

  /** Casts simulated for a member (paused ones included): the benchmark's unit of work. */
  get personCasts(): number {
    return this.casts.personCasts;
  }

  run(p: number, options: PersonRunOptions) {
    this.p = p;
    this.tracer = options.tracer;
    this.observer = options.observer ?? null;
    this.observer?.person(p);
    this.resetPerson(p, options.counters);
    this.tracer?.begin(p, this.state);
    const events = this.events;
    events.open(p);
    const endAt = this.range.endAt;
    const state = this.state;
    for (;;) {
      const tE = events.peekAt();
      const tP = this.pending.peekAt();
      const stream = state.member ? this.program.streams[state.stream]! : null;
      const casts = stream?.casts;
      const tC =
        casts !== undefined && this.castPtr < casts.count ? casts.setAt[this.castPtr]! : Infinity;
      const tB =
        stream !== null &&
        this.batchPendingCount > 0 &&
        this.batchFrom[stream.index] === 1 &&
        this.batchPtr < this.program.batchAt.length
          ? this.program.batchAt[this.batchPtr]!
          : Infinity;
      const t = Math.min(tE, tP, tB, tC);
      if (t >= endAt) break;
      if (tE === t) this.applyEvent(events.next());
      else if (tP === t) this.applyPending();
      else if (tB === t) this.runBatch(this.batchPtr++);
      else {
        const k = this.castPtr++;
        this.casts.cast(stream!, k);
        this.changed(stream!.casts.setAt[k]!, PHASE_CAST);
      }
    }
  }

  private resetPerson(p: number, counters: Int32Array | null) {
    const people = this.people;
    this.state.reset(people.unsubscribed[p] === 1, people.prior, p * this.program.words);
    for (let a = 0; a < people.attributes.length; a++)
      this.state.attrs[a] = people.attributes[a]?.[p] ?? null;
    this.pending.clear();
    this.castPtr = 0;
    this.batchEpoch++; // whatever the last person's batch moves saw is stale now
    this.batchPendingCount = 0;
    this.batchPtr = 0;
    this.batchPtrStale = true;
    this.behaviour.forPerson(people.behavior(p), people.key[p]!);
    this.engagement.reset(counters);
    this.casts.forPerson(p, this.tracer, this.observer);
  }

  // ---- time bookkeeping -------------------------------------------------------------------

  /** Something about the person changed at (t, phase): batch moves must look again (R41). */
  private changed(t: number, phase: number) {
    const batches = this.batchSeen.length;
    if (batches === 0) return;
    // Every batch move must look at the person at its first run after the change; until then
    // none of them can decide differently (their filters read only the person's state). A new
    // epoch marks them all pending at once.
    if (this.batchPendingCount !== batches) {
      this.batchEpoch++;
      this.batchPendingCount = batches;
    }
    const state = this.state;
    if (!state.member || this.batchFrom[state.stream] === 0) {
      this.batchPtrStale = true; // no batch move reads this stream: find the run when one does
      return;
    }
    const at = this.program.batchAt;
    const ptr = this.batchPtr;
    if (!this.batchPtrStale) {
      // Is the pointer already at the first run not yet passed at (t, phase)? (The usual case.)
      const before = ptr === 0 ? -Infinity : at[ptr - 1]!;
      const after = ptr === at.length ? Infinity : at[ptr]!;
      const beforePassed = before < t || (before === t && phase >= PHASE_BATCH);
      const afterAhead = after > t || (after === t && phase < PHASE_BATCH);
      if (beforePassed && afterAhead) return;
    }
    let lo = 0;
    let hi = at.length;
    // First run after t, or at t when the change came before the batch phase.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid]! < t || (at[mid] === t && phase >= PHASE_BATCH)) lo = mid + 1;
      else hi = mid;
    }
    this.batchPtr = lo;
    this.batchPtrStale = false;
  }

  /** First cast of `stream` whose recipient set is fixed at or after t (R23, R33). */
  private firstCastFrom(stream: CompiledStream, t: number): number {
    const setAt = stream.casts.setAt;
    let lo = 0;
    let hi = stream.casts.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (setAt[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private write(at: number): boolean {
    return at >= this.range.fromAt && at < this.range.endAt;
  }

  // ---- membership -------------------------------------------------------------------------

  private join(t: number, stream: number, paused: boolean) {
    const state = this.state;
    state.member = true;
    state.stream = stream;
    state.paused = paused;
    state.exhausted = false;
    this.castPtr = this.firstCastFrom(this.program.streams[stream]!, t);
    if (this.write(t)) this.sink.move(t, this.p, -1, stream, CAUSE.event, -1);
    this.tracer?.move(t, -1, stream, CAUSE.event, -1);
    this.observer?.moved(t, -1, stream, CAUSE.event, -1);
    this.observer?.place(t, stream, paused, false);
  }

  private moveTo(t: number, stream: number, causeKind: CauseKind, cause: number) {
    const state = this.state;
    const from = state.stream;
    this.tracer?.move(t, from, stream, causeKind, cause); // before: the state it was decided on
    state.stream = stream;
    state.exhausted = false; // R39: false until the new stream's next cast
    this.castPtr = this.firstCastFrom(this.program.streams[stream]!, t);
    if (this.write(t)) this.sink.move(t, this.p, from, stream, causeKind, cause);
    this.observer?.moved(t, from, stream, causeKind, cause);
    this.observer?.place(t, stream, state.paused, false);
  }

  /**
   * A happening that may trigger transition rules (R47-R49): the matching rule of the stream with
   * the lowest display index pulls the person; each move is itself a `streamChanged` happening,
   * and a chain stops after five moves in all (semantics 20). Non-members' happenings come here
   * too, only so an explanation can say why no rule fired.
   */
  private fire(t: number, kind: TriggerKind, target: number, value: Scalar, movesSoFar: number) {
    const state = this.state;
    let moves = movesSoFar;
    for (;;) {
      this.tracer?.happening(t, kind, target, value, moves);
      if (moves >= MAX_CHAIN || !state.member) return;
      const candidates = this.program.rulesByTrigger[kind]!;
      let winner = -1;
      let cause = -1;
      for (let i = 0; i < candidates.length; i++) {
        const { rule, trigger } = candidates[i]!;
        if (rule.stream === state.stream) continue; // never into the stream they are in (R47)
        if (!triggerMatches(trigger, target, value)) continue;
        if (!state.allHold(rule.filters)) continue;
        winner = rule.stream;
        cause = rule.index;
        break;
      }
      if (winner < 0) return;
      this.moveTo(t, winner, CAUSE.rule, cause);
      moves++;
      kind = TRIGGER.streamChanged;
      target = winner;
    }
  }

  // ---- scripted events ---------------------------------------------------------------------

  private applyEvent(ev: PersonEvent) {
    const state = this.state;
    const t = ev.at;
    let effective = true;
    this.tracer?.eventStart(ev);
    switch (ev.kind) {
      case EV.add:
      case EV.move:
        if (!state.member) {
          this.join(t, ev.stream, false); // semantics 14: a move on a non-member joins them
          this.fire(t, TRIGGER.addedToProgram, -1, null, 1); // the join is the event's own move (semantics 20)
        } else if (state.stream !== ev.stream) {
          this.moveTo(t, ev.stream, CAUSE.event, -1); // R45, R46
          this.fire(t, TRIGGER.streamChanged, ev.stream, null, 1);
        } else effective = false; // semantics 15
        break;
      case EV.pause:
      case EV.resume:
        if (!state.member) {
          this.join(t, 0, ev.kind === EV.pause); // R44 into the first stream
          this.fire(t, TRIGGER.addedToProgram, -1, null, 1); // the join is the event's own move (semantics 20)
        } else {
          state.paused = ev.kind === EV.pause; // R54
          this.observer?.place(t, state.stream, state.paused, state.exhausted);
        }
        break;
      case EV.remove:
        if (state.member) this.remove(t);
        else effective = false;
        break;
      case EV.set: {
        const old = state.attrs[ev.attr] ?? null;
        effective = old !== ev.value; // semantics 17
        if (effective) {
          state.attrs[ev.attr] = ev.value;
          this.fire(t, TRIGGER.attributeChanged, ev.attr, ev.value, 0);
        }
        break;
      }
      case EV.fillsOutForm:
        this.fire(t, TRIGGER.fillsOutForm, -1, ev.form, 0);
        break;
      case EV.opens:
        this.opened(t, ev.content);
        break;
      case EV.clicks:
        this.clicked(t, ev.content); // semantics 13: a scripted click implies no open
        break;
      case EV.unsubscribe:
        state.unsubscribed = true;
        break;
      case EV.resubscribe:
        state.unsubscribed = false;
        break;
      case EV.externalEmail:
        // R35: operational emails do not count toward the limits.
        if (!ev.operational) state.countEmail(dayInZone(this.program.zone, t));
        break;
    }
    this.tracer?.eventEnd(effective);
    this.changed(t, PHASE_EVENT);
  }

  /** R52: out of the program; email consumption cleared, program memberships kept. */
  private remove(t: number) {
    const state = this.state;
    const from = state.stream;
    state.member = false;
    state.stream = -1;
    state.paused = false;
    state.exhausted = false;
    state.clearEmailConsumption(this.program.programMask);
    if (this.write(t)) this.sink.remove(t, this.p);
    this.tracer?.remove(t);
    this.observer?.moved(t, from, -1, CAUSE.event, -1);
    this.observer?.place(t, -1, false, false);
  }

  private opened(t: number, c: number) {
    this.state.set(this.state.opened, c);
    this.engagement.engage(c, ENGAGED.open, METRIC.opened);
    this.fire(t, TRIGGER.opensEmail, c, null, 0);
  }

  private clicked(t: number, c: number) {
    this.state.set(this.state.clicked, c);
    this.engagement.engage(c, ENGAGED.click, METRIC.clicked);
    this.fire(t, TRIGGER.clicksEmail, c, null, 0);
  }

  private applyPending() {
    const item = this.popped;
    this.pending.pop(item);
    const t = item.at;
    this.tracer?.pending(t, item.kind, item.content); // before the moves it may cause
    switch (item.kind) {
      case PENDING.deliver:
        this.state.set(this.state.received, item.content);
        break;
      case PENDING.open:
        this.opened(t, item.content);
        break;
      case PENDING.click:
        this.clicked(t, item.content);
        break;
      case PENDING.unsubscribe:
        this.state.unsubscribed = true;
        this.engagement.engage(item.content, ENGAGED.unsubscribe, METRIC.unsubscribed);
        break;
    }
    this.changed(t, PHASE_PENDING);
  }

  // ---- batch moves (R41, semantics 22) -----------------------------------------------------

  private runBatch(i: number) {
    const state = this.state;
    const t = this.program.batchAt[i]!;
    const due = this.program.batchDue[i]!;
    for (let j = 0; j < due.length; j++) {
      const b = due[j]!;
      if (this.batchSeen[b] === this.batchEpoch) continue;
      this.batchSeen[b] = this.batchEpoch;
      this.batchPendingCount--;
      const def = this.program.batchMoves[b]!;
      if (!state.member) break;
      if ((def.from >= 0 && def.from !== state.stream) || state.stream === def.to) continue;
      if (!state.allHold(def.filters)) continue;
      this.moveTo(t, def.to, CAUSE.batch, def.index);
      this.fire(t, TRIGGER.streamChanged, def.to, null, 1);
      // Later moves of this same run look at the moved person (array order, semantics 3).
      this.changed(t, PHASE_BATCH);
    }
  }
}
