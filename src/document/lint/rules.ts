/**
 * Transition rules that can never fire (R47): a rule still without a trigger (a draft, drawn on the
 * canvas), triggers that wait for something that cannot happen, a rule whose every trigger is so,
 * and "any email of stream X" groups that no longer match X's emails (triggerGroups.ts).
 */
import type { Scenario, Stream, TransitionRule, Trigger } from '../../model';
import { isDraftRule } from '../draftRules';
import { groupDrift, isOutdated, triggerParts } from '../triggerGroups';
import { namesOf, streamName, type ProgramProblem, type Target } from './types';

interface Context {
  doc: Scenario;
  stream: Stream;
  rule: TransitionRule;
  target: Target;
  /** Content id to its type, as first declared. */
  types: Map<string, string>;
  streams: Set<string>;
  name: ReturnType<typeof namesOf>;
}

/** The streams the rule's inStream filters require the person to be in. */
const requiredStreams = (rule: TransitionRule) =>
  (rule.filters ?? []).flatMap((f) => (f.type === 'inStream' ? [f.stream] : []));

/** Why `trigger` can never fire this rule, as a problem of its own, or null when it can. */
function deadTriggerProblem(c: Context, trigger: Trigger): ProgramProblem | null {
  if (trigger.type !== 'streamChanged' || trigger.to === undefined) return null;
  const params = { rule: c.rule.id, stream: streamName(c.stream) };
  // R47: people already in the destination are never pulled in again; the trigger puts them there.
  if (trigger.to === c.stream.id)
    return { code: 'triggerIntoOwnStream', severity: 'warning', target: c.target, params };
  const other = requiredStreams(c.rule).find((s) => s !== trigger.to);
  if (other !== undefined && c.streams.has(trigger.to))
    return {
      code: 'triggerStreamClash',
      severity: 'warning',
      target: c.target,
      params: { ...params, to: c.name.stream(trigger.to), from: c.name.stream(other) },
    };
  return null;
}

/** Whether the trigger can never fire (what references.ts or deadTriggerProblem name). */
function isDead(c: Context, trigger: Trigger): boolean {
  switch (trigger.type) {
    case 'clicksEmail':
    case 'opensEmail':
      return trigger.content !== undefined && c.types.get(trigger.content) !== 'email';
    case 'streamChanged':
      return (
        (trigger.to !== undefined && !c.streams.has(trigger.to)) ||
        deadTriggerProblem(c, trigger) !== null
      );
    default:
      return false;
  }
}

function outdatedGroups(c: Context): ProgramProblem[] {
  return triggerParts(c.rule.triggers, c.streams).flatMap((part) =>
    part.kind === 'group' && isOutdated(groupDrift(c.doc, part.group))
      ? [
          {
            code: 'triggerGroupOutdated' as const,
            severity: 'warning' as const,
            target: c.target,
            params: { rule: c.rule.id, group: c.name.stream(part.group.stream) },
          },
        ]
      : [],
  );
}

function ruleProblems(c: Context): ProgramProblem[] {
  const params = { rule: c.rule.id, stream: streamName(c.stream) };
  if (isDraftRule(c.rule))
    return [{ code: 'ruleNoTrigger', severity: 'warning', target: c.target, params }];
  const problems = c.rule.triggers.flatMap((t) => deadTriggerProblem(c, t) ?? []);
  if (c.rule.triggers.every((t) => isDead(c, t)))
    problems.push({ code: 'ruleNeverFires', severity: 'warning', target: c.target, params });
  return [...problems, ...outdatedGroups(c)];
}

export function ruleProblemsOf(doc: Scenario): ProgramProblem[] {
  const types = new Map<string, string>();
  for (const s of doc.program.streams)
    for (const item of s.content ?? []) if (!types.has(item.id)) types.set(item.id, item.type);
  const streams = new Set(doc.program.streams.map((s) => s.id));
  const name = namesOf(doc);
  return doc.program.streams.flatMap((stream) =>
    (stream.transitions ?? []).flatMap((rule) =>
      ruleProblems({
        doc,
        stream,
        rule,
        target: { kind: 'rule', stream: stream.id, id: rule.id },
        types,
        streams,
        name,
      }),
    ),
  );
}
