/** The scenario file read, checked and compiled for the command line (once: threads get shares). */
import { readScenarioBytes, type SimulationOptions, type SimulationPlan } from '../engine';
import { formatProblem } from '../model';
import { CliError } from './fatal';
import { readScenario } from './readScenario';

/** The plan of `file`, or a `CliError` with one line per problem. */
export function loadPlan(file: string, options: SimulationOptions): SimulationPlan {
  const compiled = readScenarioBytes(readScenario(file), options);
  if (!compiled.ok) throw new CliError(compiled.problems.map(formatProblem));
  return compiled.plan;
}
