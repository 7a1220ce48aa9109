/**
 * R49: when rules of several streams match one happening, the person moves once, to the matching
 * stream shown first, and the builder flags the overlap. Two rules overlap when a trigger of each can
 * fire on the same happening and nothing obviously keeps one person from passing both: the streams
 * they pull from (inStream filters, and never the rule's own stream, R47) meet, and no pair of
 * filters contradicts (exhausted true/false, cadence normal/paused, eq 1/eq 2 on one attribute).
 */
import type { Filter, Scenario, TransitionRule, Trigger } from '../../model';
import { compatible } from './conditions';
import { namesOf, type ProgramProblem } from './types';

const same = (a: string | undefined, b: string | undefined) =>
  a === undefined || b === undefined || a === b;

/** Whether one happening can fire both triggers ("any form" meets every form). */
function triggersMeet(a: Trigger, b: Trigger): boolean {
  switch (a.type) {
    case 'attributeChanged':
      return (
        b.type === a.type &&
        b.attribute === a.attribute &&
        (a.to === undefined || b.to === undefined || compatible(a.to, b.to))
      );
    case 'fillsOutForm':
      return b.type === a.type && same(a.form, b.form);
    case 'clicksEmail':
    case 'opensEmail':
      return b.type === a.type && same(a.content, b.content);
    case 'addedToProgram':
      return b.type === a.type;
    case 'streamChanged':
      return b.type === a.type && same(a.to, b.to);
  }
}

/** Streams a person can be in when the rule fires on `trigger` (R47: never its own). */
function sources(rule: TransitionRule, own: string, all: string[], trigger: Trigger): Set<string> {
  const named = (rule.filters ?? []).flatMap((f) => (f.type === 'inStream' ? [f.stream] : []));
  let from = all.filter((s) => s !== own && named.every((n) => n === s));
  // After a move into `to` the person is there (the trigger fires on arrival).
  if (trigger.type === 'streamChanged' && trigger.to !== undefined)
    from = from.filter((s) => s === trigger.to);
  return new Set(from);
}

function filtersContradict(a: Filter, b: Filter): boolean {
  if (a.type === 'exhausted' && b.type === 'exhausted') return a.value !== b.value;
  if (a.type === 'cadence' && b.type === 'cadence') return a.value !== b.value;
  if (a.type === 'attribute' && b.type === 'attribute')
    return a.attribute === b.attribute && !compatible(a, b);
  return false;
}

interface Placed {
  rule: TransitionRule;
  stream: string;
  index: number;
}

function overlap(a: Placed, b: Placed, all: string[]): boolean {
  const fa = a.rule.filters ?? [];
  const fb = b.rule.filters ?? [];
  if (fa.some((x) => fb.some((y) => filtersContradict(x, y)))) return false;
  return a.rule.triggers.some((ta) =>
    b.rule.triggers.some((tb) => {
      if (!triggersMeet(ta, tb)) return false;
      const sb = sources(b.rule, b.stream, all, tb);
      return [...sources(a.rule, a.stream, all, ta)].some((s) => sb.has(s));
    }),
  );
}

export function overlapProblems(doc: Scenario): ProgramProblem[] {
  const all = doc.program.streams.map((s) => s.id);
  const name = namesOf(doc).stream;
  const placed: Placed[] = doc.program.streams.flatMap((s, index) =>
    (s.transitions ?? []).map((rule) => ({ rule, stream: s.id, index })),
  );
  const problems: ProgramProblem[] = [];
  const report = (on: Placed, other: Placed, winner: Placed) =>
    problems.push({
      code: 'overlappingRules',
      severity: 'warning',
      target: { kind: 'rule', stream: on.stream, id: on.rule.id },
      params: { rule: other.rule.id, stream: name(other.stream), winner: name(winner.stream) },
    });
  placed.forEach((a, i) => {
    // Rules of one stream lead to the same place; the first only names the cause (semantics 21).
    for (const b of placed.slice(i + 1)) {
      if (b.stream === a.stream || !overlap(a, b, all)) continue;
      const winner = a.index <= b.index ? a : b;
      report(a, b, winner);
      report(b, a, winner);
    }
  });
  return problems;
}
