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
 *
 * The parts: happenings.ts (events and pending happenings), moves.ts (joins, moves, transition
 * rules, batch moves), batchClock.ts (when batch moves must look), cast.ts (one cast), idleCasts.ts
 * (casts an exhausted member can skip).
 */
import type { CompiledProgram, CompiledStream } from '../compiled';
import { EventCursor } from '../compile/eventCursor';
import type { CompiledEvents } from '../compile/events';
import type { PeopleTable } from '../compile/people';
import type { SimulationRange } from '../compile/range';
import type { RecordSink } from '../records';
import { BatchClock, PHASE } from './batchClock';
import { BehaviourSampler } from './behaviour';
import { CAST_CHANGE, CastRunner } from './cast';
import { FILTER } from '../compiled';
import { DeliverySchedule } from './delivery';
import { EngagementTracker } from './engagementTracker';
import { Happenings } from './happenings';
import { IdleCasts } from './idleCasts';
import { Moves } from './moves';
import type { Observer } from './observer';
import { PendingQueue } from './pending';
import { PersonState } from './state';
import type { Tracer } from './tracer';

export { MAX_CHAIN } from './moves';

/** The cast instants of no stream (a non-member's). */
const NO_CASTS: Float64Array = new Float64Array(0);

export interface PersonRunOptions {
  counters: Int32Array | null;
  tracer: Tracer | null;
  observer?: Observer | null;
}

export class PersonSimulator {
  /** Casts an exhausted member skipped because they could change nothing (idleCasts.ts). */
  skippedCasts = 0;
  private readonly state: PersonState;
  private readonly pending = new PendingQueue();
  private readonly clock: BatchClock;
  private readonly moves: Moves;
  private readonly happenings: Happenings;
  private readonly engagement: EngagementTracker;
  private readonly behaviour: BehaviourSampler;
  private readonly casts: CastRunner;
  private readonly idle: IdleCasts | null;
  /** The CAST_CHANGE bits some batch move reads (with `skipIdle`; all of them without). */
  private readonly castChangesRead: number;
  /** The person's scripted events (a generated person's: the join). */
  private readonly events: EventCursor;

  /**
   * `skipIdle` false runs every cast and the batch-move bookkeeping after each (the plain loop the
   * property tests hold the skipping one to).
   */
  constructor(
    private readonly program: CompiledProgram,
    private readonly people: PeopleTable,
    events: CompiledEvents,
    private readonly range: SimulationRange,
    seed: number,
    sink: RecordSink,
    skipIdle = true,
  ) {
    this.events = new EventCursor(events, people);
    this.state = new PersonState(program.words, program.attributes.length, program.limits);
    this.clock = new BatchClock(program);
    this.moves = new Moves(program, range, this.state, this.clock, sink);
    this.engagement = new EngagementTracker(program.contentIds.length);
    this.happenings = new Happenings(
      program,
      this.state,
      this.pending,
      this.engagement,
      this.moves,
      this.clock,
      skipIdle,
    );
    this.behaviour = new BehaviourSampler(program, seed);
    this.casts = new CastRunner(
      program,
      people,
      range,
      this.state,
      this.pending,
      new DeliverySchedule(program, people.zones),
      this.engagement,
      this.behaviour,
      sink,
    );
    this.idle = skipIdle ? new IdleCasts(program) : null;
    const clock = this.clock;
    this.castChangesRead = !skipIdle
      ? CAST_CHANGE.history | CAST_CHANGE.flag
      : (clock.readsFilter(FILTER.received) ? CAST_CHANGE.history : 0) |
        (clock.readsFilter(FILTER.exhausted) ? CAST_CHANGE.flag : 0);
  }

  /** Casts simulated for a member (paused ones included): the benchmark's unit of work. */
  get personCasts(): number {
    return this.casts.personCasts + this.skippedCasts;
  }

  run(p: number, options: PersonRunOptions) {
    const tracer = options.tracer;
    const observer = options.observer ?? null;
    observer?.person(p);
    this.resetPerson(p, options.counters, tracer, observer);
    tracer?.begin(p, this.state);
    // Watched people run every cast: the tracer and observer hear about each one.
    const idle = tracer === null && observer === null ? this.idle : null;
    const events = this.events;
    events.open(p);
    const endAt = this.range.endAt;
    const state = this.state;
    const streams = this.program.streams;
    const { moves, clock } = this;
    // The member's stream and its casts' instants, loaded again only after a join, move or
    // removal (the only changes of stream), and the next event's instant, only after an event.
    let stream: CompiledStream | null = null;
    let setAt = NO_CASTS;
    let seen = -1;
    let tE = events.peekAt();
    for (;;) {
      if (moves.moved !== seen) {
        seen = moves.moved;
        stream = state.member ? streams[state.stream]! : null;
        setAt = stream !== null ? stream.casts.setAt : NO_CASTS;
      }
      const tP = this.pending.peekAt();
      let tC = Infinity;
      let tB = Infinity;
      if (stream !== null) {
        if (moves.nextCast < setAt.length) tC = setAt[moves.nextCast]!;
        tB = clock.nextAt(stream.index);
      }
      const t = Math.min(tE, tP, tB, tC);
      if (t >= endAt) break;
      if (tE === t) {
        this.happenings.event(events.next());
        tE = events.peekAt();
      } else if (tP === t) this.happenings.pendingItem();
      else if (tB === t) moves.runBatch(clock.next++);
      else this.castRun(stream!, Math.min(tE, tP, tB, endAt), idle);
    }
  }

  /**
   * The person's casts of `stream` from `moves.nextCast` on whose recipient set is fixed before
   * `until` (their next event, pending happening or batch run, or the end of the period), in one
   * tight loop: a cast changes neither the stream nor the events, so between casts only what it
   * queued (pending happenings) or made batch moves look at again can come first.
   */
  private castRun(stream: CompiledStream, until: number, idle: IdleCasts | null) {
    const state = this.state;
    const moves = this.moves;
    const clock = this.clock;
    const setAt = stream.casts.setAt;
    const count = stream.casts.count;
    // Batch moves need to look again only after a change they read, and only where one reads
    // the stream: a move into such a stream is itself a change they look at. Without `idle`,
    // after every cast (the plain loop).
    const read = clock.readsStream(stream.index) ? this.castChangesRead : 0;
    let k = moves.nextCast;
    do {
      if (idle !== null && state.exhausted) {
        const to = idle.skip(stream, k, until, state);
        if (to > k) {
          this.skippedCasts += to - k;
          k = to;
          continue;
        }
      }
      moves.nextCast = k + 1;
      const changed = this.casts.cast(stream, k);
      k++;
      if (idle === null || (changed & read) !== 0) {
        clock.changed(setAt[k - 1]!, PHASE.cast, state.stream);
        until = Math.min(until, clock.nextAt(stream.index));
      }
      until = Math.min(until, this.pending.peekAt());
    } while (k < count && setAt[k]! < until);
    moves.nextCast = k;
  }

  private resetPerson(
    p: number,
    counters: Int32Array | null,
    tracer: Tracer | null,
    observer: Observer | null,
  ) {
    const people = this.people;
    this.state.reset(people.unsubscribed[p] === 1, people.prior, p * this.program.words);
    for (let a = 0; a < people.attributes.length; a++)
      this.state.attrs[a] = people.attributes[a]?.[p] ?? null;
    this.pending.clear();
    this.clock.reset();
    this.moves.forPerson(p, tracer, observer);
    this.happenings.forPerson(tracer, observer);
    this.behaviour.forPerson(people.behavior(p), people.key[p]!);
    this.engagement.reset(counters);
    this.casts.forPerson(p, tracer, observer);
  }
}
