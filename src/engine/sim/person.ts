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
import type { CompiledProgram, CompiledStream, PartialRates } from '../compiled';
import { TRIGGER, type TriggerKind } from '../compiled';
import type { CompiledEvents, PersonEvent } from '../compile/events';
import { EV } from '../compile/events';
import type { PeopleTable } from '../compile/people';
import type { SimulationRange } from '../compile/range';
import { METRIC, METRIC_COUNT } from '../metrics';
import { CAUSE, type CauseKind, type RecordSink } from '../records';
import { personStream, personUniform } from '../rng';
import { MS_PER_HOUR } from '../time/days';
import { dayInZone } from '../time/zones';
import { compare } from './compare';
import { PENDING, type PendingKind, PendingQueue } from './pending';
import { PersonState } from './state';
import type { Tracer } from './tracer';
import { DeliverySchedule } from './delivery';

/** R49: a chain of moves from one originating happening stops after this many. */
const MAX_CHAIN = 5;
const PHASE_EVENT = 0;
const PHASE_PENDING = 1;
const PHASE_BATCH = 2;
const PHASE_CAST = 3;

export interface PersonRunOptions {
  counters: Int32Array | null;
  tracer: Tracer | null;
}

export class PersonSimulator {
  private readonly state: PersonState;
  private readonly pending = new PendingQueue();
  private readonly popped = { at: 0, kind: 0 as PendingKind, content: 0, entry: 0, stream: 0 };
  private readonly delivery: DeliverySchedule;
  /** Per stream, per slot: open, click, unsubscribe rates without a cohort's (item, else program). */
  private readonly slotRates: Float64Array[];
  /** Whether any batch move can take people out of each stream. */
  private readonly batchFrom: Uint8Array;
  /** Per content: the counters entry of the person's latest delivery (-1 none), for engagement. */
  private readonly lastEntry: Int32Array;
  private readonly engaged: Uint8Array;
  private readonly touched: number[] = [];
  private readonly joinEvent: PersonEvent = {
    at: 0,
    kind: EV.add,
    stream: 0,
    attr: -1,
    value: null,
    form: '',
    content: -1,
    operational: false,
    fileIndex: -1,
  };

  /** Casts simulated for a member (paused ones included): the benchmark's unit of work. */
  personCasts = 0;
  private p = 0;
  private castPtr = 0;
  private batchDirty = false;
  private batchPtr = 0;
  private rates: PartialRates | null = null;
  /** The person's randomness stream (seed + id), fixed per person. */
  private draws = 0;
  private tracer: Tracer | null = null;
  private counters: Int32Array | null = null;

  constructor(
    private readonly program: CompiledProgram,
    private readonly people: PeopleTable,
    private readonly events: CompiledEvents,
    private readonly range: SimulationRange,
    private readonly seed: number,
    private readonly sink: RecordSink,
  ) {
    this.state = new PersonState(program.words, program.attributes.length, program.limits);
    this.delivery = new DeliverySchedule(program, people.zones);
    this.batchFrom = new Uint8Array(program.streams.length);
    for (const b of program.batchMoves) {
      if (b.from < 0) this.batchFrom.fill(1);
      else this.batchFrom[b.from] = 1;
    }
    this.lastEntry = new Int32Array(program.contentIds.length).fill(-1);
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
    this.engaged = new Uint8Array(program.contentIds.length);
  }

  run(p: number, options: PersonRunOptions) {
    this.p = p;
    this.tracer = options.tracer;
    this.counters = options.counters;
    this.resetPerson(p);
    const events = this.eventsOf(p);
    const endAt = this.range.endAt;
    const state = this.state;
    let ei = 0;
    for (;;) {
      const tE = ei < events.length ? events[ei]!.at : Infinity;
      const tP = this.pending.peekAt();
      const stream = state.member ? this.program.streams[state.stream]! : null;
      const casts = stream?.casts;
      const tC =
        casts !== undefined && this.castPtr < casts.count ? casts.setAt[this.castPtr]! : Infinity;
      const tB =
        stream !== null &&
        this.batchDirty &&
        this.batchFrom[stream.index] === 1 &&
        this.batchPtr < this.program.batchAt.length
          ? this.program.batchAt[this.batchPtr]!
          : Infinity;
      const t = Math.min(tE, tP, tB, tC);
      if (t >= endAt) break;
      if (tE === t) this.applyEvent(events[ei++]!);
      else if (tP === t) this.applyPending();
      else if (tB === t) this.runBatch(this.batchPtr++);
      else this.cast(stream!, this.castPtr++);
    }
  }

  private resetPerson(p: number) {
    const people = this.people;
    this.state.reset(people.unsubscribed[p] === 1, people.prior, p * this.program.words);
    for (let a = 0; a < people.attributes.length; a++)
      this.state.attrs[a] = people.attributes[a]?.[p] ?? null;
    this.pending.clear();
    this.castPtr = 0;
    this.batchDirty = false;
    this.batchPtr = 0;
    this.rates = people.behavior(p);
    this.draws = personStream(this.seed, people.key[p]!);
    for (const c of this.touched) {
      this.lastEntry[c] = -1;
      this.engaged[c] = 0;
    }
    this.touched.length = 0;
  }

  private eventsOf(p: number): readonly PersonEvent[] {
    const people = this.people;
    if (p < people.explicitCount) return this.events.byPerson.get(p) ?? [];
    const g = p - people.explicitCount;
    this.joinEvent.at = people.generated!.joinAt[g]!;
    this.joinEvent.stream = people.generated!.joinStream[g]!;
    return [this.joinEvent];
  }

  // ---- time bookkeeping -------------------------------------------------------------------

  /** Something about the person changed at (t, phase): batch moves must look again (R41). */
  private changed(t: number, phase: number) {
    if (this.batchDirty || this.program.batchMoves.length === 0) return;
    this.batchDirty = true;
    const at = this.program.batchAt;
    let lo = 0;
    let hi = at.length;
    // First run after t, or at t when the change came before the batch phase.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid]! < t || (at[mid] === t && phase >= PHASE_BATCH)) lo = mid + 1;
      else hi = mid;
    }
    this.batchPtr = lo;
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
  }

  private moveTo(t: number, stream: number, causeKind: CauseKind, cause: number) {
    const state = this.state;
    const from = state.stream;
    state.stream = stream;
    state.exhausted = false; // R39: false until the new stream's next cast
    this.castPtr = this.firstCastFrom(this.program.streams[stream]!, t);
    if (this.write(t)) this.sink.move(t, this.p, from, stream, causeKind, cause);
    this.tracer?.move(t, from, stream, causeKind, cause);
  }

  /**
   * A happening that may trigger transition rules (R47-R49): the matching rule of the stream with
   * the lowest display index pulls the person; each move is itself a `streamChanged` happening,
   * and a chain stops after five moves in all (semantics 20).
   */
  private fire(t: number, kind: TriggerKind, target: number, value: unknown, movesSoFar: number) {
    const state = this.state;
    let moves = movesSoFar;
    while (moves < MAX_CHAIN && state.member) {
      const candidates = this.program.rulesByTrigger[kind]!;
      let winner = -1;
      let cause = -1;
      for (let i = 0; i < candidates.length; i++) {
        const { rule, trigger } = candidates[i]!;
        if (rule.stream === state.stream) continue; // never into the stream they are in (R47)
        if (!this.triggerMatches(trigger, target, value)) continue;
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

  private triggerMatches(
    trigger: CompiledProgram['rules'][number]['triggers'][number],
    target: number,
    value: unknown,
  ): boolean {
    switch (trigger.kind) {
      case TRIGGER.attributeChanged:
        return (
          trigger.attr === target &&
          (trigger.to === null || compare(value as never, trigger.to.op, trigger.to.value))
        );
      case TRIGGER.fillsOutForm:
        return trigger.form === null || trigger.form === value;
      case TRIGGER.addedToProgram:
        return true;
      default:
        return trigger.target < 0 || trigger.target === target;
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
          this.fire(t, TRIGGER.addedToProgram, -1, null, 0);
        } else if (state.stream !== ev.stream) {
          this.moveTo(t, ev.stream, CAUSE.event, -1); // R45, R46
          this.fire(t, TRIGGER.streamChanged, ev.stream, null, 1);
        } else effective = false; // semantics 15
        break;
      case EV.pause:
      case EV.resume:
        if (!state.member) {
          this.join(t, 0, ev.kind === EV.pause); // R44 into the first stream
          this.fire(t, TRIGGER.addedToProgram, -1, null, 0);
        } else state.paused = ev.kind === EV.pause; // R54
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
          if (state.member) this.fire(t, TRIGGER.attributeChanged, ev.attr, ev.value, 0);
        }
        break;
      }
      case EV.fillsOutForm:
        if (state.member) this.fire(t, TRIGGER.fillsOutForm, -1, ev.form, 0);
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
    state.member = false;
    state.stream = -1;
    state.paused = false;
    state.exhausted = false;
    state.clearEmailConsumption(this.program.programMask);
    if (this.write(t)) this.sink.remove(t, this.p);
    this.tracer?.remove(t);
  }

  private engage(c: number, bit: number, metric: number) {
    const entry = this.lastEntry[c]!;
    if (entry < 0 || (this.engaged[c]! & bit) !== 0) return;
    this.engaged[c]! |= bit;
    if (this.counters !== null) this.counters[entry * METRIC_COUNT + metric]!++;
  }

  private opened(t: number, c: number) {
    this.state.set(this.state.opened, c);
    this.engage(c, 1, METRIC.opened);
    if (this.state.member) this.fire(t, TRIGGER.opensEmail, c, null, 0);
  }

  private clicked(t: number, c: number) {
    this.state.set(this.state.clicked, c);
    this.engage(c, 2, METRIC.clicked);
    if (this.state.member) this.fire(t, TRIGGER.clicksEmail, c, null, 0);
  }

  private applyPending() {
    const item = this.popped;
    this.pending.pop(item);
    const t = item.at;
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
        this.engage(item.content, 4, METRIC.unsubscribed);
        break;
    }
    this.tracer?.pending(t, item.kind, item.content);
    this.changed(t, PHASE_PENDING);
  }

  // ---- batch moves (R41, semantics 22) -----------------------------------------------------

  private runBatch(i: number) {
    const state = this.state;
    const t = this.program.batchAt[i]!;
    this.batchDirty = false;
    for (const b of this.program.batchDue[i]!) {
      const def = this.program.batchMoves[b]!;
      if (!state.member) break;
      if ((def.from >= 0 && def.from !== state.stream) || state.stream === def.to) continue;
      if (!state.allHold(def.filters)) continue;
      this.moveTo(t, def.to, CAUSE.batch, def.index);
      this.fire(t, TRIGGER.streamChanged, def.to, null, 1);
      this.changed(t, PHASE_BATCH);
    }
  }

  // ---- casts (R25-R40) ---------------------------------------------------------------------

  private cast(stream: CompiledStream, k: number) {
    const casts = stream.casts;
    const state = this.state;
    const tracer = this.tracer;
    this.personCasts++;
    if (casts.lost[k] === 1) {
      tracer?.castStart(stream.index, k, 'lost'); // R6, semantics 18
      return;
    }
    tracer?.castStart(stream.index, k, state.paused ? 'paused' : 'normal');
    const start = casts.eligStart[k]!;
    const end = casts.eligStart[k + 1]!;
    const maskBase = k * state.words;
    // Nothing eligible left unconsumed: nothing to walk (R40: the flag excludes no one, but there
    // is simply nothing to send). Tracing walks anyway, to say why each item was passed over.
    if (!state.paused && (tracer !== null || !state.consumedAll(casts.eligMask, maskBase))) {
      // R26: walk eligible items top to bottom; skip consumed ones; stop at the first tried.
      for (let e = start; e < end; e++) {
        const c = casts.eligContent[e]!;
        if (state.has(state.consumed, c)) {
          tracer?.item(stream.index, k, e - start, 'consumed', NaN);
          continue;
        }
        if (this.program.isEmail[c] === 1) this.castEmail(stream, k, e, c);
        else this.castProgram(stream, k, e, c);
        break;
      }
    }
    // R38-R39: the flag is recomputed for every member, paused ones included.
    const exhausted = state.consumedAll(casts.eligMask, maskBase);
    const newly = exhausted && !state.exhausted;
    state.exhausted = exhausted;
    const at = casts.at[k]!;
    if (newly && this.write(at)) this.sink.exhausted(at, this.p, stream.index);
    tracer?.castEnd(stream.index, k, exhausted, newly);
    this.changed(casts.setAt[k]!, PHASE_CAST);
  }

  private castEmail(stream: CompiledStream, k: number, e: number, c: number) {
    const state = this.state;
    const casts = stream.casts;
    const zone = this.people.zone[this.p]!;
    const deliverAt = stream.rtz ? this.delivery.at(stream, k, zone) : casts.at[k]!;
    const deliverDay = stream.rtz ? this.delivery.day(stream, k, zone) : casts.day[k]!;
    const local = e - casts.eligStart[k]!;
    // R27: a blocked person gets nothing, the item stays unconsumed; semantics 9 on the reason.
    if (state.unsubscribed || state.overLimit(deliverDay)) {
      const reason = state.unsubscribed ? 'unsubscribed' : 'limit';
      if (this.write(casts.at[k]!))
        this.sink.blocked(casts.at[k]!, this.p, stream.index, c, reason);
      this.tracer?.item(
        stream.index,
        k,
        local,
        reason === 'limit' ? 'blockedLimit' : 'blockedUnsubscribed',
        NaN,
      );
      return;
    }
    state.set(state.consumed, c);
    state.countEmail(deliverDay);
    const entry = stream.entryBase + e;
    if (this.write(deliverAt)) this.sink.send(deliverAt, this.p, stream.index, c);
    if (deliverAt > casts.setAt[k]!)
      this.pending.push(deliverAt, PENDING.deliver, c, entry, stream.index);
    else state.set(state.received, c);
    this.tracer?.item(stream.index, k, local, 'sent', deliverAt);
    if (this.lastEntry[c] === -1 && this.engaged[c] === 0) this.touched.push(c);
    this.lastEntry[c] = entry;
    this.engaged[c] = 0;
    if (this.counters !== null) this.counters[entry * METRIC_COUNT + METRIC.delivered]!++;
    this.sample(stream, e, c, deliverAt, deliverDay, entry);
  }

  /**
   * Spec: behavior. One draw each for open, click and unsubscribe; a click forces an open. Rates
   * resolve key by key: the item's override, else the person's cohort, else the program's, else 0.
   */
  private sample(
    stream: CompiledStream,
    e: number,
    c: number,
    at: number,
    day: number,
    entry: number,
  ) {
    const slot = stream.casts.eligSlot[e]!;
    const rates = this.slotRates[stream.index]!;
    let open = rates[slot * 3]!;
    let click = rates[slot * 3 + 1]!;
    let unsubscribe = rates[slot * 3 + 2]!;
    const person = this.rates;
    if (person !== null) {
      const item = stream.slots[slot]!.behavior;
      open = item?.open ?? person.open ?? open;
      click = item?.click ?? person.click ?? click;
      unsubscribe = item?.unsubscribe ?? person.unsubscribe ?? unsubscribe;
    }
    if (open === 0 && click === 0 && unsubscribe === 0) return;
    // Keyed by content and delivery day: the same send always draws the same numbers.
    const when = day * 4;
    const clicks = click > 0 && personUniform(this.draws, c, when + 1) < click;
    const opens = clicks || (open > 0 && personUniform(this.draws, c, when) < open);
    const unsubscribes = unsubscribe > 0 && personUniform(this.draws, c, when + 2) < unsubscribe;
    if (opens) this.pending.push(at + MS_PER_HOUR, PENDING.open, c, entry, stream.index);
    if (clicks) this.pending.push(at + 2 * MS_PER_HOUR, PENDING.click, c, entry, stream.index);
    if (unsubscribes)
      this.pending.push(at + 3 * MS_PER_HOUR, PENDING.unsubscribe, c, entry, stream.index);
  }

  /** R29: the program's cast campaign runs; the item is consumed whether or not they qualify. */
  private castProgram(stream: CompiledStream, k: number, e: number, c: number) {
    const state = this.state;
    const casts = stream.casts;
    const slot = stream.slots[casts.eligSlot[e]!]!;
    const qualified = state.allHold(slot.qualify);
    state.set(state.consumed, c);
    state.set(state.received, c);
    const at = casts.at[k]!;
    // Semantics 8: a qualified program sends one email unless the person is blocked then (R36).
    if (qualified && !state.unsubscribed && !state.overLimit(casts.day[k]!))
      state.countEmail(casts.day[k]!);
    if (this.write(at)) this.sink.program(at, this.p, stream.index, c, qualified);
    if (this.counters !== null) {
      const base = (stream.entryBase + e) * METRIC_COUNT;
      this.counters[base + METRIC.processed]!++;
      if (qualified) this.counters[base + METRIC.qualified]!++;
    }
    this.tracer?.item(
      stream.index,
      k,
      e - casts.eligStart[k]!,
      qualified ? 'programQualified' : 'programFailed',
      at,
    );
  }
}
