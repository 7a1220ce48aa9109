/** The scenario file read, checked and compiled for the command line and its threads. */
import { statSync } from 'node:fs';
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

/** A regular file's size and modification time, or null for anything else (a pipe, a device). */
export function fileVersion(file: string): string | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? `${stat.size}:${stat.mtimeMs}` : null;
  } catch {
    return null; // reading it will say why
  }
}

/** `loadPlan` in a thread: the file must still be the one the main thread read (`version`). */
export function loadPlanAgain(
  file: string,
  version: string,
  options: SimulationOptions,
): SimulationPlan {
  const plan = loadPlan(file, options);
  if (fileVersion(file) !== version)
    throw new CliError([`${file}: the file changed while it was simulated; run again`]);
  return plan;
}
