/**
 * Draft rules: a transition rule drawn between lanes starts without a trigger, and the rule builder
 * asks for one. The file format wants at least one trigger per rule, and a rule without one can
 * never fire, so the editor keeps drafts in the open document (and in storage) but leaves them out
 * of what is simulated and of exported files, and the problems panel names them.
 */
import type { Program, Scenario, TransitionRule } from '../model';

export const isDraftRule = (rule: TransitionRule): boolean => rule.triggers.length === 0;

/** A draft rule, by its destination stream and id. */
export interface DraftRef {
  stream: string;
  rule: string;
}

export function draftRulesOf(doc: Scenario): DraftRef[] {
  return doc.program.streams.flatMap((s) =>
    (s.transitions ?? []).filter(isDraftRule).map((r) => ({ stream: s.id, rule: r.id })),
  );
}

/** The program without its draft rules; the same object when it has none. */
export function programWithoutDrafts(program: Program): Program {
  if (!program.streams.some((s) => (s.transitions ?? []).some(isDraftRule))) return program;
  return {
    ...program,
    streams: program.streams.map((s) =>
      (s.transitions ?? []).some(isDraftRule)
        ? { ...s, transitions: s.transitions!.filter((r) => !isDraftRule(r)) }
        : s,
    ),
  };
}

/**
 * The document as a file: draft rules left out (the format wants a trigger), and the drafts that
 * were left out, so whoever exports can say so. The same document when there are none.
 */
export function exportable(doc: Scenario): { doc: Scenario; omitted: DraftRef[] } {
  const omitted = draftRulesOf(doc);
  if (omitted.length === 0) return { doc, omitted };
  return { doc: { ...doc, program: programWithoutDrafts(doc.program) }, omitted };
}

/** A validation issue's path and code, as zod reports them. */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
}

/**
 * Whether a schema issue is only "this rule has no trigger yet" (a draft the editor keeps while
 * the user picks a trigger): `program.streams[i].transitions[j].triggers` too small, and empty.
 */
export function isDraftRuleIssue(issue: Issue, doc: Scenario): boolean {
  const [program, streams, i, transitions, j, triggers, ...rest] = issue.path;
  if (
    issue.code !== 'too_small' ||
    rest.length > 0 ||
    program !== 'program' ||
    streams !== 'streams' ||
    transitions !== 'transitions' ||
    triggers !== 'triggers' ||
    typeof i !== 'number' ||
    typeof j !== 'number'
  )
    return false;
  const rule = doc.program.streams[i]?.transitions?.[j];
  return rule !== undefined && Array.isArray(rule.triggers) && isDraftRule(rule);
}
