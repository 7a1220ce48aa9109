/**
 * Hooks the simulator calls while it simulates the one person being explained. `null` in normal
 * runs, so the only cost there is a null check at each decision.
 */
import type { CauseKind } from '../records';
import type { PersonEvent } from '../compile/events';
import type { PendingKind } from './pending';

export type ItemVerdict =
  | 'consumed'
  | 'sent'
  | 'blockedUnsubscribed'
  | 'blockedLimit'
  | 'programQualified'
  | 'programFailed';

export type CastStatus = 'lost' | 'paused' | 'normal';

export interface Tracer {
  castStart(stream: number, k: number, status: CastStatus): void;
  /** An eligible item looked at during the walk; `entry` is its position among the eligible. */
  item(stream: number, k: number, entry: number, verdict: ItemVerdict, deliveredAt: number): void;
  castEnd(stream: number, k: number, exhausted: boolean, newly: boolean): void;
  /** Before an event's effects (moves it causes follow it)... */
  eventStart(event: PersonEvent): void;
  /** ...and after, saying whether it changed anything. */
  eventEnd(effective: boolean): void;
  pending(at: number, kind: PendingKind, content: number): void;
  move(at: number, from: number, to: number, causeKind: CauseKind, cause: number): void;
  remove(at: number): void;
}
