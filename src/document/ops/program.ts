/** Program-level edits and a blank program to start from. */
import type { Program, Scenario } from '../../model';
import { done, type EditResult } from './result';

export type ProgramPatch = Partial<
  Pick<Program, 'name' | 'timeZone' | 'status' | 'communicationLimits' | 'behavior'>
>;

export function updateProgram(doc: Scenario, patch: ProgramPatch): EditResult {
  const program = { ...doc.program, ...patch };
  for (const key of Object.keys(patch) as (keyof ProgramPatch)[])
    if (patch[key] === undefined) delete program[key];
  return done({ ...doc, program });
}

/** A program with no streams yet, in the user's time zone. */
export function blankScenario(id: string, name: string, timeZone: string): Scenario {
  return { format: 'lanecast', version: 1, program: { id, name, timeZone, streams: [] } };
}
