/**
 * What the editor's lint reports: a problem is a code (translated by the UI), a severity, the element
 * it is about (the store's selection shape, so a click selects it) and the values its message needs.
 *
 * Severity: `error` when the simulator would refuse the file (a dangling reference, semantics 25);
 * `warning` when the program runs but not as its author probably meant.
 */
import type { Scenario, Stream } from '../../model';
import type { Selected } from '../selected';

/** The element a problem is about: the editor's selection shape, so a click selects it. */
export type Target = Selected;

export type Severity = 'error' | 'warning';

export const PROBLEM_CODES = [
  // references.ts
  'missingStream',
  'missingItem',
  'notAnEmail',
  // cadence.ts
  'firstCastDoubleWeek',
  'firstCastOffWeekday',
  'firstCastOffPattern',
  'rtzLeadTime',
  // content.ts
  'emptyStream',
  'emptyStreamNoCadence',
  'allInactive',
  'tooManyItems',
  'windowOver',
  'windowEmpty',
  'programItemRtz',
  // transitions.ts
  'unreachableStream',
  'overlappingRules',
  'ruleFromOwnStream',
  'batchToSameStream',
  // rules.ts
  'ruleNoTrigger',
  'ruleNeverFires',
  'triggerIntoOwnStream',
  'triggerStreamClash',
  'triggerGroupOutdated',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ProgramProblem {
  code: ProblemCode;
  severity: Severity;
  target: Target;
  /** Names (not ids) where the element has one, dates as `YYYY-MM-DD`. */
  params: Record<string, string | number>;
}

/** "Now" as the user sees it: the local calendar date and the current instant. */
export interface LintNow {
  /** `YYYY-MM-DD` in the user's zone. */
  today: string;
  nowMs: number;
}

export type Check = (doc: Scenario, now: LintNow) => ProgramProblem[];

export const streamName = (stream: Stream): string => stream.name ?? stream.id;

/** Display names of the program's streams and content (the first declaration names an id). */
export function namesOf(doc: Scenario) {
  const streams = new Map<string, string>();
  const items = new Map<string, string>();
  for (const s of doc.program.streams) {
    if (!streams.has(s.id)) streams.set(s.id, streamName(s));
    for (const c of s.content ?? []) if (!items.has(c.id)) items.set(c.id, c.name ?? c.id);
  }
  return {
    stream: (id: string) => streams.get(id) ?? id,
    item: (id: string) => items.get(id) ?? id,
  };
}
