/**
 * Hooks the simulator calls while it simulates the one person being explained. `null` in normal
 * runs, so the only cost there is a null check at each decision.
 */
import type { Scalar } from '../../model';
import type { TriggerKind } from '../compiled';
import type { CauseKind } from '../records';
import type { PersonEvent } from '../compile/events';
import type { PendingKind } from './pending';
import type { PersonState } from './state';

export type ItemVerdict =
  | 'consumed'
  | 'sent'
  | 'blockedUnsubscribed'
  | 'blockedLimit'
  | 'programQualified'
  | 'programFailed'
  /** Qualified, but its email was blocked then (R29, R36): not counted toward the limits. */
  | 'programBlockedUnsubscribed'
  | 'programBlockedLimit';

export type CastStatus = 'lost' | 'paused' | 'normal';

export interface Tracer {
  /** Before person `p`'s run: the state the hooks below may read (and must never change). */
  begin(p: number, state: PersonState): void;
  castStart(stream: number, k: number, status: CastStatus): void;
  /**
   * An eligible item looked at during the walk; `entry` is its position among the eligible;
   * `deliveredAt` the delivery instant of an email sent or blocked, the cast instant of a program.
   */
  item(stream: number, k: number, entry: number, verdict: ItemVerdict, deliveredAt: number): void;
  castEnd(stream: number, k: number, exhausted: boolean, newly: boolean): void;
  /** Before an event's effects (moves it causes follow it; `event` is reused: copy what you keep)... */
  eventStart(event: PersonEvent): void;
  /** ...and after, saying whether it changed anything. */
  eventEnd(effective: boolean): void;
  /** A sampled happening or a delivery, before its effects (moves it causes follow it). */
  pending(at: number, kind: PendingKind, content: number): void;
  /**
   * A happening that may fire transition rules, before it is decided (R47-R49), members' and
   * non-members' alike; `moves` made so far in its chain (semantics 20). Arguments as in `fire`.
   */
  happening(at: number, kind: TriggerKind, target: number, value: Scalar, moves: number): void;
  /** A join (`from` -1), or a move between streams before the state changes. */
  move(at: number, from: number, to: number, causeKind: CauseKind, cause: number): void;
  remove(at: number): void;
}
