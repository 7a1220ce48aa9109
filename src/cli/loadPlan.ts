/** The scenario file read, checked and compiled for the command line and its threads. */
import { type SimulationOptions, compileScenario, type SimulationPlan } from '../engine';
import { formatProblem, parseScenarioText } from '../model';
import { CliError } from './fatal';
import { readScenario } from './readScenario';

/** The plan of `file`, or a `CliError` with one line per problem. */
export function loadPlan(file: string, options: SimulationOptions): SimulationPlan {
  const result = parseScenarioText(readScenario(file));
  if (!result.ok) throw new CliError(result.problems.map(formatProblem));
  const compiled = compileScenario(result.scenario, options);
  if (!compiled.ok) throw new CliError(compiled.problems.map(formatProblem));
  return compiled.plan;
}
