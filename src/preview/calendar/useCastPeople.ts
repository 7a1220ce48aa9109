/** Who was at a cell's casts and what each got, asked of the workers when a cell is opened. */
import { useQuery } from '@tanstack/react-query';
import type { CastPeople } from '../../engine';
import { usePreviewServices } from '../previewServices';

export function useCastPeople(key: string, casts: readonly number[]) {
  const services = usePreviewServices();
  return useQuery({
    queryKey: ['preview', 'castPeople', key, casts.join(',')],
    queryFn: async (): Promise<CastPeople> => {
      const answer = await services.castPeople(key, [...casts]);
      if (!answer.ok) throw new Error('missing' in answer ? 'missing' : answer.problem);
      return answer.value;
    },
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
}
