/**
 * A person's explanation: every cast they were in, with each item of the stream and why it was or
 * was not the one they got, and every event, move and sampled behaviour on the way. Structured
 * data, not sentences: the app words it in the reader's language, the command line in English.
 */
import type { Filter, Scalar, Trigger } from '../../model';

export type ItemVerdict =
  | { verdict: 'inactive' } // R8
  | { verdict: 'notYetAvailable'; from: string } // R9
  | { verdict: 'noLongerAvailable'; through: string } // R9
  | { verdict: 'consumed'; on: string; stream: string } // emails: R14, R26, R50
  | ProgramMember // program items: R15, R28
  | { verdict: 'sent'; deliveredAt: string } // R27
  | ({ verdict: 'blocked' } & BlockedBy) // R27, R36
  | { verdict: 'programRan'; qualified: boolean; emailBlocked: BlockedBy | null } // R29, R36
  | { verdict: 'notReached' }; // below the item this cast stopped at (R26)

/**
 * A program item skipped because the person is its member (R15, R28): since before the simulation
 * (`people[].programs`), or processed through it at a cast, qualified or not (R29). Unlike an email's
 * consumption it stays after a removal (R52, semantics 10).
 */
export type ProgramMember =
  | { verdict: 'programMember'; since: 'prior' }
  | { verdict: 'programMember'; since: 'cast'; on: string; stream: string; qualified: boolean };

/** Why an email was held back (R27); semantics 9: unsubscribed wins over a full cap. */
export type BlockedBy = { reason: 'unsubscribed' } | { reason: 'limit'; limit: LimitUse };

/**
 * The communication limit that held an email back (R34-R36, semantics 8): the cap, the
 * program-zone days it counts (`from`..`day`: one day, or that day and the 6 before) and the
 * deliveries counted in them, in the order they were decided.
 */
export interface LimitUse {
  cap: 'perDay' | 'per7Days';
  value: number;
  day: string;
  from: string;
  used: CountedDelivery[];
}

/** A delivery that counts toward the limits: a send, a qualified program item, an external email. */
export type CountedDelivery =
  | { at: string; kind: 'send'; stream: string; content: string }
  | { at: string; kind: 'program'; stream: string; content: string } // R29: one email
  | { at: string; kind: 'external'; index: number }; // `events[index]`, not operational (R35)

export type ItemLook = { content: string; name: string } & ItemVerdict;

export interface CastStep {
  kind: 'cast';
  stream: string;
  /** Cast instant (program zone) and the instant its recipients and decisions were fixed (R23). */
  at: string;
  decidedAt: string;
  castDate: string;
  status: 'lost' | 'paused' | 'normal';
  items: ItemLook[];
  exhausted: boolean;
  newlyExhausted: boolean;
}

export interface EventStep {
  kind: 'event';
  at: string;
  type: string;
  /** Position of the event in the file's `events`, or null for a generated join. */
  index: number | null;
  /** False when it changed nothing (an add into the stream they are in, a set to the same value). */
  effective: boolean;
}

export interface MoveStep {
  kind: 'move';
  at: string;
  from: string | null;
  to: string;
  /** As in the move record: `event`, `rule:<id>` or `batch:<id>`. */
  cause: string;
  why: MoveWhy;
}

/** What made a move: an event (or a join), a rule and the happening that fired it, a batch move. */
export type MoveWhy =
  | { by: 'event' } // R43-R46, semantics 14
  | { by: 'rule'; rule: RuleRef; triggerIndex: number; happening: Happening } // R47, R49
  | { by: 'batch'; batch: string; index: number; filters: FilterCheck[] }; // R41: all held

/** A rule by where it stands: ids may repeat, the stream and its place in `transitions` do not. */
export interface RuleRef {
  id: string;
  stream: string;
  index: number;
}

/** A happening that can fire transition rules (the spec's trigger table, R51). */
export type Happening =
  | { type: 'attributeChanged'; attribute: string; value: Scalar }
  | { type: 'fillsOutForm'; form: string }
  | { type: 'clicksEmail'; content: string }
  | { type: 'opensEmail'; content: string }
  | { type: 'addedToProgram' }
  | { type: 'streamChanged'; to: string };

/**
 * A filter (as in the file) checked against the person: the value found (the attribute's value;
 * true/false for history and the exhausted flag; the cadence or stream, null for a non-member).
 */
export interface FilterCheck {
  index: number;
  filter: Filter;
  found: Scalar;
  holds: boolean;
}

/** Why a rule whose trigger matched a happening did or did not move the person. */
export type RuleOutcome =
  | { result: 'moved' }
  | { result: 'notMember' } // R47
  | { result: 'alreadyInStream' } // R47
  | { result: 'filterFailed'; filters: FilterCheck[] } // R47: every filter, some failed
  | { result: 'otherRuleWon'; winner: RuleRef } // R49, semantics 21
  | { result: 'chainLimit'; moves: number }; // R49, semantics 20

export interface BehaviorStep {
  kind: 'behavior';
  at: string;
  action: 'delivered' | 'opened' | 'clicked' | 'unsubscribed';
  content: string;
}

export interface RemoveStep {
  kind: 'remove';
  at: string;
}

export type ExplainStep = CastStep | EventStep | MoveStep | BehaviorStep | RemoveStep;

export interface PersonExplanation {
  person: string;
  timeZone: string;
  steps: ExplainStep[];
}

/** `whyNot`'s answer: one entry per rule with the id asked (in the stream asked; ids may repeat). */
export type WhyNotAnswer =
  | { ok: true; person: string; rules: RuleWhyNot[] }
  | { ok: false; problem: 'unknownPerson' | 'unknownStream' | 'unknownRule' };

export interface RuleWhyNot {
  rule: RuleRef;
  /** The rule's triggers and filters as in the file, to word what never happened. */
  triggers: Trigger[];
  filters: Filter[];
  /** Every happening that matched one of its triggers, in time order; empty when none ever did. */
  happenings: RuleHappening[];
}

export interface RuleHappening {
  at: string;
  happening: Happening;
  /** The first of the rule's triggers it matched. */
  triggerIndex: number;
  outcome: RuleOutcome;
}
