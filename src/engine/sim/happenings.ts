/**
 * What happens to the person between casts: their scripted events (semantics 13-17) and the
 * happenings decided earlier that come due later (deliveries under recipient time zone, sampled
 * opens, clicks and unsubscribes). Each may trigger transition rules, and each is a change the
 * batch moves must look at again.
 */
import { FILTER, TRIGGER } from '../compiled';
import type { CompiledProgram } from '../compiled';
import type { PersonEvent } from '../compile/events';
import { EV } from '../compile/events';
import { METRIC } from '../metrics';
import { CAUSE } from '../records';
import { dayInZone } from '../time/zones';
import { type BatchClock, PHASE } from './batchClock';
import { ENGAGED, type EngagementTracker } from './engagementTracker';
import type { Moves } from './moves';
import type { Observer } from './observer';
import { PENDING, type PendingKind, type PendingQueue } from './pending';
import type { PersonState } from './state';
import type { Tracer } from './tracer';

export class Happenings {
  private readonly popped = { at: 0, kind: 0 as PendingKind, content: 0, entry: 0, stream: 0 };
  private tracer: Tracer | null = null;
  private observer: Observer | null = null;

  constructor(
    private readonly program: CompiledProgram,
    private readonly state: PersonState,
    private readonly pending: PendingQueue,
    private readonly engagement: EngagementTracker,
    private readonly moves: Moves,
    private readonly clock: BatchClock,
    /** Leave out the `changed` calls for pending happenings no batch move reads (batchClock.ts). */
    private readonly skipUnread = true,
  ) {
    // Per PENDING kind, the filter kind that reads what it changes (-1: none; an unsubscribe
    // changes nothing a filter reads).
    const reads = (kind: number) => kind >= 0 && clock.readsFilter(kind);
    this.pendingRead = [FILTER.received, FILTER.opened, FILTER.clicked, -1].map(reads);
  }

  /** Per PENDING kind: whether a batch move reads what it changes. */
  private readonly pendingRead: boolean[];

  forPerson(tracer: Tracer | null, observer: Observer | null) {
    this.tracer = tracer;
    this.observer = observer;
  }

  private changed(t: number, phase: typeof PHASE.event | typeof PHASE.pending) {
    const state = this.state;
    this.clock.changed(t, phase, state.member ? state.stream : -1);
  }

  event(ev: PersonEvent) {
    const state = this.state;
    const moves = this.moves;
    const t = ev.at;
    let effective = true;
    this.tracer?.eventStart(ev);
    switch (ev.kind) {
      case EV.add:
      case EV.move:
        if (!state.member) {
          moves.join(t, ev.stream, false); // semantics 14: a move on a non-member joins them
          moves.fire(t, TRIGGER.addedToProgram, -1, null, 1); // the join is the event's own move (semantics 20)
        } else if (state.stream !== ev.stream) {
          moves.moveTo(t, ev.stream, CAUSE.event, -1); // R45, R46
          moves.fire(t, TRIGGER.streamChanged, ev.stream, null, 1);
        } else effective = false; // semantics 15
        break;
      case EV.pause:
      case EV.resume:
        if (!state.member) {
          moves.join(t, 0, ev.kind === EV.pause); // R44 into the first stream
          moves.fire(t, TRIGGER.addedToProgram, -1, null, 1); // the join is the event's own move (semantics 20)
        } else {
          state.paused = ev.kind === EV.pause; // R54
          this.observer?.place(t, state.stream, state.paused, state.exhausted);
        }
        break;
      case EV.remove:
        if (state.member) moves.remove(t);
        else effective = false;
        break;
      case EV.set: {
        const old = state.attrs[ev.attr] ?? null;
        effective = old !== ev.value; // semantics 17
        if (effective) {
          state.attrs[ev.attr] = ev.value;
          moves.fire(t, TRIGGER.attributeChanged, ev.attr, ev.value, 0);
        }
        break;
      }
      case EV.fillsOutForm:
        moves.fire(t, TRIGGER.fillsOutForm, -1, ev.form, 0);
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
    this.changed(t, PHASE.event);
  }

  /** The earliest pending happening, taken off the queue. */
  pendingItem() {
    const item = this.popped;
    this.pending.pop(item);
    const moved = this.moves.moved;
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
    // A move (by a rule) is always a change the batch moves look at; otherwise only what they read.
    if (!this.skipUnread || this.moves.moved !== moved || this.pendingRead[item.kind]!)
      this.changed(t, PHASE.pending);
  }

  private opened(t: number, c: number) {
    this.state.set(this.state.opened, c);
    this.engagement.engage(c, ENGAGED.open, METRIC.opened);
    this.moves.fire(t, TRIGGER.opensEmail, c, null, 0);
  }

  private clicked(t: number, c: number) {
    this.state.set(this.state.clicked, c);
    this.engagement.engage(c, ENGAGED.click, METRIC.clicked);
    this.moves.fire(t, TRIGGER.clicksEmail, c, null, 0);
  }
}
