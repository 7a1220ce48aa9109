/**
 * The rows of the people grid: everyone in audience order when nothing is filtered (row i is person
 * i, nothing to ask), else the people matching the filter, asked of every worker. While a new
 * filter is answered, the previous rows of the same result stay on screen.
 */
import { useQuery } from '@tanstack/react-query';
import type { PeopleFilter } from '../../engine';
import { usePreviewServices } from '../previewServices';
import { filterKey } from './peopleFilter';

/** The people shown, one per row; `key` names them (caches of rows are kept per key). */
export interface RowList {
  key: string;
  count: number;
  /** Person indices of rows [from, to). */
  persons(from: number, to: number): Int32Array;
}

/** The message of a failed query when the workers no longer hold the run: run it again. */
export const MISSING = 'missing';

export function everyone(count: number): RowList {
  return {
    key: filterKey(null),
    count,
    persons: (from, to) => Int32Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i),
  };
}

function matching(key: string, found: Int32Array): RowList {
  return { key, count: found.length, persons: (from, to) => found.slice(from, to) };
}

export function usePeopleQuery(resultKey: string, filter: PeopleFilter | null) {
  const services = usePreviewServices();
  const key = filterKey(filter);
  return useQuery({
    queryKey: ['preview', 'people', resultKey, key],
    queryFn: async (): Promise<RowList> => {
      const answer = await services.query(resultKey, filter!);
      if (!answer.ok) throw new Error('missing' in answer ? MISSING : answer.problem);
      return matching(key, answer.value);
    },
    enabled: filter !== null,
    // Another filter's rows of the same result, while this one is computed; never another result's.
    placeholderData: (previous, query) => (query?.queryKey[2] === resultKey ? previous : undefined),
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
}
