/** English wording of `simulate --explain PERSON --why-not RULE [--stream S]` (R47, R49). */
import { type RuleOutcome, type SimulationPlan, wallClock, whyNot } from '../engine';
import { checkText, filterText, happeningText, triggerText } from './ruleText';

function outcomeText(outcome: RuleOutcome, person: string, stream: string): string {
  switch (outcome.result) {
    case 'moved':
      return `MOVED ${person} to ${stream}`;
    case 'notMember':
      return `not moved: ${person} was not a member of the program (R47)`;
    case 'alreadyInStream':
      return `not moved: ${person} was already in ${stream} (R47)`;
    case 'filterFailed': {
      const failed = outcome.filters.filter((c) => !c.holds).map(checkText);
      return `not moved: ${failed.length > 1 ? 'filters' : 'a filter'} failed (R47): ${failed.join('; ')}`;
    }
    case 'otherRuleWon': {
      const { id, stream: other, index } = outcome.winner;
      return `not moved: rule ${id} of ${other} (transitions[${index}]) took ${person} first (R49: lowest display index, then the first rule of a stream)`;
    }
    case 'chainLimit':
      return `not moved: the chain of moves from one happening stopped after ${outcome.moves} (R49, semantics 20)`;
  }
}

export type WhyNotText = { ok: true; text: string } | { ok: false; error: string };

export function whyNotText(
  plan: SimulationPlan,
  person: string,
  rule: string,
  stream: string | undefined,
): WhyNotText {
  const answer = whyNot(plan, person, rule, stream);
  if (!answer.ok)
    switch (answer.problem) {
      case 'unknownPerson':
        return { ok: false, error: `--explain: no person has the id "${person}"` };
      case 'unknownStream':
        return { ok: false, error: `--stream: no stream has the id "${stream}"` };
      case 'unknownRule':
        return {
          ok: false,
          error: `--why-not: no rule has the id "${rule}"${stream === undefined ? '' : ` in stream ${stream}`}`,
        };
    }
  const zone = plan.program.zone;
  const lines: string[] = [];
  for (const { rule: ref, triggers, filters, happenings } of answer.rules) {
    lines.push(
      `rule ${ref.id} of ${ref.stream} (transitions[${ref.index}]) for ${answer.person} (times in ${zone})`,
      `    triggers (any one): ${triggers.map(triggerText).join('; ')}`,
      `    filters (all): ${filters.length === 0 ? 'none' : filters.map(filterText).join('; ')}`,
    );
    if (happenings.length === 0)
      lines.push(
        `    nothing matched its triggers: ${answer.person} never ${triggers.map(triggerText).join(', nor ')}`,
      );
    for (const h of happenings)
      lines.push(
        `${wallClock(zone, Date.parse(h.at))}  ${happeningText(h.happening)} (triggers[${h.triggerIndex}]): ${outcomeText(h.outcome, answer.person, ref.stream)}`,
      );
  }
  return { ok: true, text: lines.join('\n') + '\n' };
}
