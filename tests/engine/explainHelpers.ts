/** Plans for the explanation tests: a shared example by name, or a built scenario (validated first). */
import { readFileSync } from 'node:fs';
import { compileScenario, type CastStep, type PersonExplanation } from '../../src/engine';
import { formatProblem, parseScenario, parseScenarioText, type Scenario } from '../../src/model';

export function examplePlan(example: string) {
  const parsed = parseScenarioText(readFileSync(`../shared/scenarios/${example}.json`, 'utf8'));
  if (!parsed.ok) throw new Error('invalid example');
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) throw new Error('invalid example');
  return compiled.plan;
}

export function planOf(doc: Scenario) {
  const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) throw new Error(compiled.problems.map(formatProblem).join('\n'));
  return compiled.plan;
}

export const castsOf = (explanation: PersonExplanation | null) =>
  explanation!.steps.filter((s): s is CastStep => s.kind === 'cast');

export const castOn = (explanation: PersonExplanation | null, date: string) =>
  castsOf(explanation).find((s) => s.castDate === date)!;
