/**
 * Keeps the comparison current: whenever B is chosen or the result on screen (A) changes, runs B's
 * stored document over A's audience and hands the outcome to the compare store. A stale result
 * (a newer run is under way) waits for that run.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { programContent } from '../../document/programContent';
import { withAudienceOf } from '../../document/ops/withAudienceOf';
import type { PreviewResult } from '../../simulation/previewStore';
import { editorStore } from '../../store/useEditor';
import { usePreview } from '../../store/usePreview';
import type { CompareSource } from './compareSource';

export function useComparison(source: CompareSource, result: PreviewResult) {
  const other = useStore(source.store, (s) => s.other);
  const stale = usePreview((s) => s.stale);
  useEffect(() => {
    if (other === null || stale) return;
    const madeFor = `${result.key}|${other.id}`;
    const { store } = source;
    if (store.getState().madeFor === madeFor && store.getState().status !== 'idle') return;
    store.getState().started(madeFor);
    const run = async () => {
      const [variant, current] = [await source.documentOf(other.id), editorStore.getState().doc];
      if (variant === null || current === null)
        return store.getState().finished(madeFor, { ok: false, failure: 'gone' });
      const doc = programContent(withAudienceOf(variant, current));
      store.getState().finished(madeFor, await source.runner.compare(result, doc));
    };
    run().catch((error: unknown) =>
      store.getState().finished(madeFor, { ok: false, failure: String(error) }),
    );
  }, [source, other, result, stale]);
}
