/** Collects a person's explanation from the simulator's trace hooks. */
import type { Scalar } from '../../model';
import type { SimulationPlan } from '../compile';
import type { TriggerKind } from '../compiled';
import type { PersonEvent } from '../compile/events';
import { EV } from '../compile/events';
import type { CauseKind } from '../records';
import type { Names } from '../output/names';
import { PENDING, type PendingKind } from '../sim/pending';
import type { PersonState } from '../sim/state';
import type { CastStatus, ItemVerdict as TraceVerdict, Tracer } from '../sim/tracer';
import { formatInstant, isoOfDay } from '../time/days';
import { LimitLedger } from './limits';
import { MoveCauses } from './moveCauses';
import type { BlockedBy, CastStep, EventStep, ExplainStep, ItemLook } from './types';

const EVENT_NAMES = Object.fromEntries(
  Object.entries(EV).map(([name, kind]) => [kind, name]),
) as Record<number, string>;
const BEHAVIOR = {
  [PENDING.deliver]: 'delivered',
  [PENDING.open]: 'opened',
  [PENDING.click]: 'clicked',
  [PENDING.unsubscribe]: 'unsubscribed',
} as const;

interface Consumption {
  on: string;
  stream: string;
  qualified: boolean;
}

export class ExplainTracer implements Tracer {
  readonly steps: ExplainStep[] = [];
  /** When and where each content was consumed, for "had it on 3/11 in S1" (R14, R15). */
  private readonly consumedAt = new Map<number, Consumption>();
  private cast: CastStep | null = null;
  private castContent: number[] = [];
  private causes: MoveCauses | null = null;
  private limits: LimitLedger | null = null;

  constructor(
    private readonly plan: SimulationPlan,
    private readonly names: Names,
  ) {}

  begin(p: number, state: PersonState) {
    this.causes = new MoveCauses(this.plan.program, state);
    this.limits = new LimitLedger(this.plan.program, this.plan.people.zone[p]!);
  }

  castStart(s: number, k: number, status: CastStatus) {
    const stream = this.plan.program.streams[s]!;
    const casts = stream.casts;
    const day = casts.day[k]!;
    const snapshot = this.plan.program.snapshots[casts.snapshot[k]!]!;
    const order = snapshot.order[s]!;
    const active = snapshot.active[s]!;
    this.castContent = [];
    const items: ItemLook[] = [];
    for (const slotIndex of order) {
      const slot = stream.slots[slotIndex]!;
      const base = {
        content: this.names.content(slot.content),
        name: this.plan.program.contentNames[slot.content]!,
      };
      if (!active[slotIndex]) items.push({ ...base, verdict: 'inactive' });
      else if (day < slot.from)
        items.push({ ...base, verdict: 'notYetAvailable', from: isoOfDay(slot.from) });
      else if (day > slot.through)
        items.push({ ...base, verdict: 'noLongerAvailable', through: isoOfDay(slot.through) });
      else {
        items.push({ ...base, verdict: 'notReached' });
        this.castContent.push(items.length - 1);
      }
    }
    this.cast = {
      kind: 'cast',
      stream: stream.id,
      at: formatInstant(casts.at[k]!),
      decidedAt: formatInstant(casts.setAt[k]!),
      castDate: isoOfDay(day),
      status,
      items: status === 'normal' ? items : [],
      exhausted: false,
      newlyExhausted: false,
    };
    if (status === 'lost') this.steps.push(this.cast);
  }

  item(s: number, k: number, entry: number, verdict: TraceVerdict, deliveredAt: number) {
    const cast = this.cast!;
    const look = cast.items[this.castContent[entry]!]!;
    const content =
      this.plan.program.streams[s]!.casts.eligContent[
        this.plan.program.streams[s]!.casts.eligStart[k]! + entry
      ]!;
    const where = { on: cast.castDate, stream: cast.stream };
    let next: ItemLook;
    switch (verdict) {
      case 'consumed': {
        // Emails are consumed only by a send here; program items also by a prior membership.
        const earlier = this.consumedAt.get(content);
        if (this.plan.program.isEmail[content] === 1)
          next = { ...look, verdict: 'consumed', on: earlier!.on, stream: earlier!.stream };
        else
          next = earlier
            ? { ...look, verdict: 'programMember', since: 'cast', ...earlier }
            : { ...look, verdict: 'programMember', since: 'prior' };
        break;
      }
      case 'sent':
        next = { ...look, verdict: 'sent', deliveredAt: formatInstant(deliveredAt) };
        this.consumedAt.set(content, { ...where, qualified: true });
        this.limits!.sent(s, k, content, deliveredAt);
        break;
      case 'blockedUnsubscribed':
      case 'blockedLimit':
        next = { ...look, verdict: 'blocked', ...this.blockedBy(verdict, s, k, deliveredAt) };
        break;
      default: {
        const qualified = verdict !== 'programFailed';
        const emailBlocked =
          verdict === 'programBlockedUnsubscribed' || verdict === 'programBlockedLimit'
            ? this.blockedBy(verdict, s, k, deliveredAt)
            : null;
        next = { ...look, verdict: 'programRan', qualified, emailBlocked };
        this.consumedAt.set(content, { ...where, qualified });
        if (verdict === 'programQualified') this.limits!.programItem(s, k, content);
      }
    }
    cast.items[this.castContent[entry]!] = next;
  }

  private blockedBy(verdict: TraceVerdict, s: number, k: number, at: number): BlockedBy {
    return verdict === 'blockedLimit' || verdict === 'programBlockedLimit'
      ? { reason: 'limit', limit: this.limits!.use(s, k, at) }
      : { reason: 'unsubscribed' };
  }

  castEnd(_s: number, _k: number, exhausted: boolean, newly: boolean) {
    const cast = this.cast!;
    cast.exhausted = exhausted;
    cast.newlyExhausted = newly;
    this.steps.push(cast);
    this.cast = null;
  }

  private openEvent: EventStep | null = null;

  eventStart(event: PersonEvent) {
    if (event.kind === EV.externalEmail) this.limits!.external(event);
    this.openEvent = {
      kind: 'event',
      at: formatInstant(event.at),
      type: EVENT_NAMES[event.kind]!,
      index: event.fileIndex < 0 ? null : event.fileIndex,
      effective: true,
    };
    this.steps.push(this.openEvent);
  }

  eventEnd(effective: boolean) {
    if (this.openEvent) this.openEvent.effective = effective;
    this.openEvent = null;
  }

  pending(at: number, kind: PendingKind, content: number) {
    this.steps.push({
      kind: 'behavior',
      at: formatInstant(at),
      action: BEHAVIOR[kind],
      content: this.names.content(content),
    });
  }

  happening(_at: number, kind: TriggerKind, target: number, value: Scalar, moves: number) {
    this.causes!.happening(kind, target, value, moves);
  }

  move(at: number, from: number, to: number, causeKind: CauseKind, cause: number) {
    this.steps.push({
      kind: 'move',
      at: formatInstant(at),
      from: from < 0 ? null : this.names.stream(from),
      to: this.names.stream(to),
      cause: this.names.cause(causeKind, cause),
      why: this.causes!.why(causeKind, cause),
    });
  }

  remove(at: number) {
    // R52: emails can be received again, so their consumption dates no longer explain anything;
    // program memberships stay (semantics 10).
    for (const c of [...this.consumedAt.keys()])
      if (this.plan.program.isEmail[c]) this.consumedAt.delete(c);
    this.steps.push({ kind: 'remove', at: formatInstant(at) });
  }
}
