/** A problem of the event form in the UI language: "No listed person has the id zed." */
import { useTranslation } from 'react-i18next';
import type { EventType } from '../../model';
import type { EventProblem } from './eventDraft';

export function useProblemText() {
  const { t } = useTranslation();
  return (problem: EventProblem, type: EventType): string =>
    t(`preview.script.problems.${problem.code}`, {
      ...problem.values,
      type: t(`preview.script.types.${type}`),
    }) as string;
}
