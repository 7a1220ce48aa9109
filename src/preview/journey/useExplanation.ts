/** A person's explanation, asked of the workers for the result on screen. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonExplanation } from '../../engine';
import type { Answer } from '../../worker/protocol';
import { usePreviewServices, type PreviewServices } from '../previewServices';

/** `found: false`: nobody in the simulated audience has that id. */
export type Explained = { found: true; explanation: PersonExplanation } | { found: false };

export function valueOf<T>(answer: Answer<T>): T {
  if (answer.ok) return answer.value;
  throw new Error('missing' in answer ? 'missing' : answer.problem);
}

export function useExplanation(key: string, person: string) {
  return useQuery(explanationQuery(usePreviewServices(), key, person));
}

/** The query's options, shared with the canvas's followed token (one cache entry per person). */
export function explanationQuery(services: PreviewServices, key: string, person: string) {
  return queryOptions({
    queryKey: ['preview', 'explain', key, person],
    queryFn: async (): Promise<Explained> => {
      const answer = await services.explain(key, person);
      // The workers' only problem with a plan they hold is an id nobody has.
      if (!answer.ok && !('missing' in answer)) return { found: false };
      return { found: true, explanation: valueOf(answer) };
    },
    // While a new run's answer comes, keep showing the same person's journey from the last one.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[3] === person ? previous : undefined,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
}
