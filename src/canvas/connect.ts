/**
 * What a connection drawn on the canvas means. From a lane's right handle to another lane: a rule
 * on the destination pulling people from that lane (R47). From the program entry, two handles:
 * "new members" makes a rule whose trigger is being added to the program (people who join go
 * straight to that stream); "any stream" makes a rule pulling people from whichever stream.
 */
import type { Trigger } from '../model';
import { addRule } from '../document/actions/rules';
import { editorStore } from '../store/useEditor';
import { ENTRY_ID, JOIN_HANDLE } from './toFlow';

export interface DrawnRule {
  to: string;
  from: string | null;
  /** Empty for a rule drawn between lanes or from "any stream": the rule builder asks for one. */
  triggers: Trigger[];
}

/** The rule a connection stands for, or null when it means nothing (a lane to itself). */
export function ruleForConnection(
  source: string,
  sourceHandle: string | null | undefined,
  target: string,
): DrawnRule | null {
  if (!target.startsWith('lane:')) return null;
  const to = target.slice('lane:'.length);
  if (source === ENTRY_ID)
    return sourceHandle === JOIN_HANDLE
      ? { to, from: null, triggers: [{ type: 'addedToProgram' }] }
      : { to, from: null, triggers: [] };
  if (!source.startsWith('lane:')) return null;
  const from = source.slice('lane:'.length);
  return from === to ? null : { to, from, triggers: [] };
}

/** Adds the rule a connection stands for and selects it, so the inspector shows it. */
export function addDrawnRule(
  source: string,
  sourceHandle: string | null | undefined,
  target: string,
) {
  const rule = ruleForConnection(source, sourceHandle, target);
  if (rule === null) return;
  editorStore
    .getState()
    .apply(addRule, rule, { select: (id) => ({ kind: 'rule', stream: rule.to, id }) });
}
