/** Watches the open program's preview for the effect of each edit on people already in flight. */
import { useEffect, useMemo } from 'react';
import { createInFlightStore, watchInFlight, type InFlightStore } from '../simulation/inFlight';
import type { PreviewServices } from '../simulation/services';
import { previewStore } from '../store/usePreview';

export function useInFlightSession(preview: PreviewServices): InFlightStore {
  const store = useMemo(() => createInFlightStore(), []);
  useEffect(() => {
    store.getState().dismiss();
    return watchInFlight(previewStore, preview, store);
  }, [preview, store]);
  return store;
}
