/** A cohort field's problem in the UI language, or null when there is none. */
import { useTranslation } from 'react-i18next';
import type { CohortProblem } from './cohortChecks';

export function useCohortProblem() {
  const { t } = useTranslation();
  return (problem: CohortProblem | null): string | null =>
    problem === null
      ? null
      : (t(`preview.cohorts.problems.${problem.code}`, problem.values) as string);
}
