/**
 * Hooks the simulator calls for every person when a preview wants more than records: what each
 * person-cast came to, and where the person stands after every change. `null` in command-line runs,
 * so the only cost there is a null check at each call site (like the tracer, which explains one
 * person; an observer watches everyone).
 */
import type { CauseKind } from '../records';

/** What one person-cast came to. */
export const OUTCOME = {
  /** Paused, lost, or nothing eligible left unconsumed: nothing was tried. */
  none: 0,
  sent: 1,
  blockedUnsubscribed: 2,
  blockedLimit: 3,
  programQualified: 4,
  programFailed: 5,
} as const;
export type Outcome = (typeof OUTCOME)[keyof typeof OUTCOME];

/** A cast's status for the person (R6, R54). */
export const CAST_STATUS = { normal: 0, paused: 1, lost: 2 } as const;
export type CastStatusCode = (typeof CAST_STATUS)[keyof typeof CAST_STATUS];

export interface Observer {
  /** Person `p` is about to be simulated (people run one after another). */
  person(p: number): void;
  /**
   * After person-cast k of `stream`: its status, the outcome, the eligible entry tried (index into
   * the stream's eligible list of cast k, -1 when none) and its content, and the exhausted flag
   * after the cast (R39) with whether it has just turned true.
   */
  cast(
    stream: number,
    k: number,
    status: CastStatusCode,
    outcome: Outcome,
    entry: number,
    content: number,
    exhausted: boolean,
    newly: boolean,
  ): void;
  /** A join (`from` -1), a move between streams, or a removal (`to` -1, R52). */
  moved(at: number, from: number, to: number, causeKind: CauseKind, cause: number): void;
  /**
   * Where the person stands after a change at `at`: stream (-1 when not a member), person cadence
   * and exhausted flag. Called after every change that may alter one of them; may repeat a place.
   */
  place(at: number, stream: number, paused: boolean, exhausted: boolean): void;
}
