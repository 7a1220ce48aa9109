/**
 * "Why did Ann never move to S2?": re-simulates one person and lists every happening that matched
 * one of a rule's triggers, with whether it moved them and if not why (R47, R49, semantics 20-21).
 * Rule ids may repeat, so every rule with the id (in the stream, when one is given) is answered.
 */
import type { Scalar } from '../../model';
import type { SimulationPlan } from '../compile';
import type { CompiledRule, TriggerKind } from '../compiled';
import { personIdOf } from '../compile/people';
import type { PersonState } from '../sim/state';
import type { Tracer } from '../sim/tracer';
import { formatInstant } from '../time/days';
import { filterOf, happeningOf, ruleRef, triggerOf } from './describe';
import { judge } from './judge';
import { findPerson, rerun } from './rerun';
import type { RuleHappening, WhyNotAnswer } from './types';

/** Hears only the happenings; everything else a tracer may be told is of no use here. */
class RuleTracer implements Tracer {
  private state: PersonState | null = null;
  readonly heard = new Map<CompiledRule, RuleHappening[]>();

  constructor(
    private readonly plan: SimulationPlan,
    rules: readonly CompiledRule[],
  ) {
    for (const rule of rules) this.heard.set(rule, []);
  }

  begin(_p: number, state: PersonState) {
    this.state = state;
  }

  happening(at: number, kind: TriggerKind, target: number, value: Scalar, moves: number) {
    const program = this.plan.program;
    for (const { rule, triggerIndex, outcome } of judge(
      program,
      this.state!,
      kind,
      target,
      value,
      moves,
    )) {
      this.heard.get(rule)?.push({
        at: formatInstant(at),
        happening: happeningOf(program, kind, target, value),
        triggerIndex,
        outcome,
      });
    }
  }

  castStart() {}
  item() {}
  castEnd() {}
  eventStart() {}
  eventEnd() {}
  pending() {}
  move() {}
  remove() {}
}

/**
 * Every happening over the simulated period that matched a trigger of rule `ruleId` (of stream
 * `streamId`, when given) for person `personId`, and what came of it; an empty list when none
 * ever did, next to the rule's triggers and filters so a reader can say what never happened.
 */
export function whyNot(
  plan: SimulationPlan,
  personId: string,
  ruleId: string,
  streamId?: string,
): WhyNotAnswer {
  const program = plan.program;
  const person = findPerson(plan, personId);
  if (person < 0) return { ok: false, problem: 'unknownPerson' };
  const stream = streamId === undefined ? -1 : program.streams.findIndex((s) => s.id === streamId);
  if (streamId !== undefined && stream < 0) return { ok: false, problem: 'unknownStream' };
  const rules = program.rules.filter((r) => r.id === ruleId && (stream < 0 || r.stream === stream));
  if (rules.length === 0) return { ok: false, problem: 'unknownRule' };
  const tracer = new RuleTracer(plan, rules);
  rerun(plan, person, tracer);
  return {
    ok: true,
    person: personIdOf(plan.people, person),
    rules: rules.map((rule) => ({
      rule: ruleRef(program, rule),
      triggers: rule.triggers.map((t) => triggerOf(program, t)),
      filters: rule.filters.map((f) => filterOf(program, f)),
      happenings: tracer.heard.get(rule)!,
    })),
  };
}
