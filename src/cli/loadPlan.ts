/** The scenario file read, checked and compiled for the command line (once: threads get shares). */
import { readScenarioBytes, type SimulationOptions, type SimulationPlan } from '../engine';
import { formatProblem } from '../model';
import { collectGarbage } from './collectGarbage';
import { CliError } from './fatal';
import { readScenario } from './readScenario';

/**
 * From this size on, the file's bytes are collected as soon as they are compiled (collectGarbage.ts):
 * the collection costs about 30 ms, worth it when the bytes are many times the plan's own memory.
 */
export const COLLECT_AFTER_BYTES = 32 * 1024 * 1024;

/** The plan of `file`, or a `CliError` with one line per problem. */
export function loadPlan(file: string, options: SimulationOptions): SimulationPlan {
  const { compiled, large } = compileFile(file, options);
  // The bytes were local to compileFile, so nothing refers to them any more.
  if (large) collectGarbage();
  if (!compiled.ok) throw new CliError(compiled.problems.map(formatProblem));
  return compiled.plan;
}

function compileFile(file: string, options: SimulationOptions) {
  const bytes = readScenario(file);
  return {
    compiled: readScenarioBytes(bytes, options),
    large: bytes.length >= COLLECT_AFTER_BYTES,
  };
}
