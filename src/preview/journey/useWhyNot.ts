/** Why a rule did or did not move a person, asked of the workers for the result on screen. */
import { useQuery } from '@tanstack/react-query';
import type { WhyNotAnswer } from '../../engine';
import { usePreviewServices } from '../previewServices';
import { valueOf } from './useExplanation';

export function useWhyNot(
  key: string,
  person: string,
  rule: { id: string; stream: string } | null,
) {
  const services = usePreviewServices();
  return useQuery({
    queryKey: ['preview', 'whyNot', key, person, rule?.id, rule?.stream],
    queryFn: async (): Promise<WhyNotAnswer> =>
      valueOf(await services.whyNot(key, person, rule!.id, rule!.stream)),
    enabled: rule !== null,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
}
