/**
 * Decides one happening again, as `Moves.fire` does (R47, R49, semantics 20-21), and
 * says for each rule one of whose triggers matched it whether it moved the person and if not, why.
 * Runs only for the one person explained, from the tracer's `happening` hook, on the same state
 * the simulator is about to decide on.
 */
import type { Scalar } from '../../model';
import type { CompiledProgram, CompiledRule, TriggerKind } from '../compiled';
import { MAX_CHAIN } from '../sim/moves';
import type { PersonState } from '../sim/state';
import { triggerMatches } from '../sim/triggers';
import { checkFilters, ruleRef } from './describe';
import type { RuleOutcome } from './types';

export interface Judged {
  rule: CompiledRule;
  /** The first of the rule's triggers that matched. */
  triggerIndex: number;
  outcome: RuleOutcome;
}

export function judge(
  program: CompiledProgram,
  state: PersonState,
  kind: TriggerKind,
  target: number,
  value: Scalar,
  moves: number,
): Judged[] {
  const candidates = program.rulesByTrigger[kind]!;
  const open = moves < MAX_CHAIN && state.member;
  let winner: CompiledRule | null = null;
  const judged: Judged[] = [];
  for (const { rule, trigger } of candidates) {
    if (!triggerMatches(trigger, target, value)) continue;
    if (judged.some((j) => j.rule === rule)) continue; // a second trigger of the same rule
    let outcome: RuleOutcome;
    if (!state.member) outcome = { result: 'notMember' };
    else if (!open) outcome = { result: 'chainLimit', moves };
    else if (rule.stream === state.stream) outcome = { result: 'alreadyInStream' };
    else if (!state.allHold(rule.filters))
      outcome = { result: 'filterFailed', filters: checkFilters(program, state, rule.filters) };
    else if (winner !== null)
      outcome = { result: 'otherRuleWon', winner: ruleRef(program, winner) };
    else {
      winner = rule; // the first that passes: lowest display index, then array order (R49)
      outcome = { result: 'moved' };
    }
    judged.push({ rule, triggerIndex: rule.triggers.indexOf(trigger), outcome });
  }
  return judged;
}
