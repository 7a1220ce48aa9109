/**
 * Keeps the preview store's `followed` place up to date: the person whose journey is open, where
 * they stand at the cursor, from the same explanation the journey shows (one query, shared cache).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { explanationQuery } from '../../preview/journey/useExplanation';
import type { PreviewServices } from '../../preview/previewServices';
import { cursorDayOf } from '../../simulation/derive/counts';
import { followedPlace } from '../../simulation/derive/followedPlace';
import { previewStore, usePreview } from '../../store/usePreview';

export function useFollowedPerson(services: PreviewServices) {
  const result = usePreview((s) => s.result);
  const person = usePreview((s) => s.person);
  const cursor = usePreview((s) => s.cursorDay);
  const query = useQuery({
    ...explanationQuery(services, result?.key ?? '', person ?? ''),
    enabled: result !== null && person !== null,
  });
  const explained = query.data?.found ? query.data.explanation : null;
  useEffect(() => {
    const shown =
      result === null || person === null || explained === null || explained.person !== person
        ? null
        : followedPlace(person, explained.steps, result.frame, cursorDayOf(result.frame, cursor));
    previewStore.getState().setFollowed(shown);
  }, [result, person, cursor, explained]);
}
