/**
 * Transition rules (R47: they belong to their destination and pull) and batch moves (R41). An edge
 * drawn from lane A to lane B is a rule on B whose filters include "in stream A"; a rule without
 * such a filter pulls from anywhere and starts at the program-entry node.
 */
import type { BatchMove, Scenario, TransitionRule, Trigger } from '../../model';
import { refreshGroup, type GroupType } from '../triggerGroups';
import { batchIds, nextId, ruleIds } from './ids';
import { done, editStream, refuse, type EditResult } from './result';

/**
 * A new rule on `toStream`, pulling from `fromStream` (or from anywhere: null). It starts without a
 * trigger: a draft the rule builder asks a trigger for (src/document/draftRules.ts), never a guess
 * such as "fills out any form" that would quietly move people. Only a connection whose meaning is
 * its trigger (the entry's "new members" handle: added to the program) passes one.
 */
export function addRule(
  doc: Scenario,
  toStream: string,
  fromStream: string | null,
  triggers: readonly Trigger[] = [],
): EditResult & { id?: string } {
  const id = nextId('t', ruleIds(doc));
  const rule: TransitionRule = {
    id,
    triggers: [...triggers],
    ...(fromStream ? { filters: [{ type: 'inStream', stream: fromStream }] } : {}),
  };
  const result = editStream(doc, toStream, (s) => ({
    ...s,
    transitions: [...(s.transitions ?? []), rule],
  }));
  return result.ok ? { ...result, id } : result;
}

export function updateRule(doc: Scenario, streamId: string, rule: TransitionRule): EditResult {
  const stream = doc.program.streams.find((s) => s.id === streamId);
  if (!stream || !(stream.transitions ?? []).some((r) => r.id === rule.id))
    return refuse('notFound');
  return editStream(doc, streamId, (s) => ({
    ...s,
    transitions: s.transitions!.map((r) => (r.id === rule.id ? rule : r)),
  }));
}

export function removeRule(doc: Scenario, streamId: string, ruleId: string): EditResult {
  const stream = doc.program.streams.find((s) => s.id === streamId);
  if (!stream || !(stream.transitions ?? []).some((r) => r.id === ruleId))
    return refuse('notFound');
  return editStream(doc, streamId, (s) => ({
    ...s,
    transitions: s.transitions!.filter((r) => r.id !== ruleId),
  }));
}

/**
 * Rewrites the rule's "any email of `stream`" group of `type` to the emails the stream holds now
 * (src/document/triggerGroups.ts); the same document when it already matches.
 */
export function refreshTriggerGroup(
  doc: Scenario,
  streamId: string,
  ruleId: string,
  type: GroupType,
  stream: string,
): EditResult {
  const rule = doc.program.streams
    .find((s) => s.id === streamId)
    ?.transitions?.find((r) => r.id === ruleId);
  if (!rule) return refuse('notFound');
  const triggers = refreshGroup(doc, rule.triggers, type, stream);
  if (JSON.stringify(triggers) === JSON.stringify(rule.triggers)) return done(doc);
  return updateRule(doc, streamId, { ...rule, triggers });
}

/** "Move when exhausted" (R41): a daily batch, 07:00 by default. */
export function addBatchMove(
  doc: Scenario,
  from: string,
  to: string,
  time = '07:00',
): EditResult & { id?: string } {
  const ids = doc.program.streams.map((s) => s.id);
  if (!ids.includes(from) || !ids.includes(to)) return refuse('notFound');
  const id = nextId('b', batchIds(doc));
  const batch: BatchMove = { id, from, to, time, filters: [{ type: 'exhausted', value: true }] };
  return {
    ...done({
      ...doc,
      program: { ...doc.program, batchMoves: [...(doc.program.batchMoves ?? []), batch] },
    }),
    id,
  };
}

export function updateBatchMove(doc: Scenario, batch: BatchMove): EditResult {
  const list = doc.program.batchMoves ?? [];
  if (!list.some((b) => b.id === batch.id)) return refuse('notFound');
  return done({
    ...doc,
    program: { ...doc.program, batchMoves: list.map((b) => (b.id === batch.id ? batch : b)) },
  });
}

export function removeBatchMove(doc: Scenario, id: string): EditResult {
  const list = doc.program.batchMoves ?? [];
  if (!list.some((b) => b.id === id)) return refuse('notFound');
  return done({ ...doc, program: { ...doc.program, batchMoves: list.filter((b) => b.id !== id) } });
}
