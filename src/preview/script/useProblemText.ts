/** A problem of the event form in the UI language: "No listed person has the id zed." */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EventType } from '../../model';
import type { EventProblem } from './eventChecks';

export function eventProblemText(t: TFunction, problem: EventProblem, type: EventType): string {
  return t(`preview.script.problems.${problem.code}`, {
    ...problem.values,
    type: t(`preview.script.types.${type}`),
  }) as string;
}

export function useProblemText() {
  const { t } = useTranslation();
  return (problem: EventProblem, type: EventType) => eventProblemText(t, problem, type);
}
