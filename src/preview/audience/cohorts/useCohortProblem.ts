/** A cohort field's problem in the UI language, or null when there is none. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CohortProblem } from './cohortChecks';

export function cohortProblemText(t: TFunction, problem: CohortProblem | null): string | null {
  return problem === null
    ? null
    : (t(`preview.cohorts.problems.${problem.code}`, problem.values) as string);
}

export function useCohortProblem() {
  const { t } = useTranslation();
  return (problem: CohortProblem | null) => cohortProblemText(t, problem);
}
