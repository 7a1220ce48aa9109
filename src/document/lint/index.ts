/**
 * The problems panel's lint: what is wrong, or probably not meant, in the open program. Pure (no
 * React, no clock: "now" is passed in), so it runs the same in tests and in the editor.
 */
import type { Scenario } from '../../model';
import { cadenceProblems } from './cadence';
import { contentProblems } from './content';
import { referenceProblems } from './references';
import { ruleProblemsOf } from './rules';
import { transitionProblems } from './transitions';
import type { LintNow, ProgramProblem } from './types';

export type { LintNow, ProblemCode, ProgramProblem, Severity, Target } from './types';
export { PROBLEM_CODES, namesOf } from './types';

/** Every problem of `doc`: errors first, then warnings, each in document order, no duplicates. */
export function lintProgram(doc: Scenario, now: LintNow): ProgramProblem[] {
  const all = [
    ...referenceProblems(doc),
    ...cadenceProblems(doc, now),
    ...contentProblems(doc, now),
    ...transitionProblems(doc),
    ...ruleProblemsOf(doc),
  ];
  const seen = new Set<string>();
  const unique = all.filter((p) => {
    const key = JSON.stringify([p.code, p.target, p.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [
    ...unique.filter((p) => p.severity === 'error'),
    ...unique.filter((p) => p.severity === 'warning'),
  ];
}
