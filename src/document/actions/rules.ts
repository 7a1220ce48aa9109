/** Transition rule actions (R47-R51): a rule belongs to its destination stream. */
import type { TransitionRule, Trigger } from '../../model';
import * as ops from '../ops';
import { defineAction } from './action';

/** A rule on `to` pulling people from `from`, or from anywhere (null). */
export const addRule = defineAction<{ to: string; from: string | null; trigger: Trigger }>({
  name: 'addRule',
  scope: 'program',
  perform: (doc, { to, from, trigger }) => ops.addRule(doc, to, from, trigger),
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
