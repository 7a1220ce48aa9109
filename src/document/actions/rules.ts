/** Transition rule actions (R47-R51): a rule belongs to its destination stream. */
import type { TransitionRule, Trigger } from '../../model';
import type { GroupType } from '../triggerGroups';
import * as ops from '../ops';
import { defineAction } from './action';

/**
 * A rule on `to` pulling people from `from`, or from anywhere (null), as drawn on the canvas: it
 * starts without a trigger, and the rule builder asks for one (a draft, src/document/draftRules.ts),
 * unless the connection itself names it (`triggers`: the entry's "new members" handle).
 */
export const addRule = defineAction<{ to: string; from: string | null; triggers?: Trigger[] }>({
  name: 'addRule',
  scope: 'program',
  perform: (doc, { to, from, triggers }) => ops.addRule(doc, to, from, triggers),
});

/** `typing`: a value typed into the rule, so a word is one undo step. */
export const updateRule = defineAction<{ stream: string; rule: TransitionRule; typing?: boolean }>({
  name: 'updateRule',
  scope: 'program',
  perform: (doc, { stream, rule }) => ops.updateRule(doc, stream, rule),
  coalesceKey: ({ stream, rule, typing }) => (typing ? `${stream}:${rule.id}` : undefined),
});

export const removeRule = defineAction<{ stream: string; rule: string }>({
  name: 'removeRule',
  scope: 'program',
  perform: (doc, { stream, rule }) => ops.removeRule(doc, stream, rule),
});

/** "Any email of stream X" brought up to the emails X holds now (src/document/triggerGroups.ts). */
export const refreshTriggerGroup = defineAction<{
  stream: string;
  rule: string;
  group: { type: GroupType; stream: string };
}>({
  name: 'refreshTriggerGroup',
  scope: 'program',
  perform: (doc, { stream, rule, group }) =>
    ops.refreshTriggerGroup(doc, stream, rule, group.type, group.stream),
});
