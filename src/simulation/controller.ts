/**
 * Runs the preview while the program is edited: every change to what is simulated (any part of
 * the document but its `ui` layout) starts a run, the newest wins, and the last complete result
 * stays on screen until the new one arrives. Results are cached by content, so undo brings an
 * earlier result back at once; a layout change (dragging a lane, a note) starts nothing.
 */
import type { PoolRunOutcome, SimulationPool } from './pool';
import type { PreviewResult, PreviewStore } from './previewStore';

/** Results remembered for undo and redo. */
export const RESULT_CACHE = 8;

export interface PreviewController {
  /**
   * What is simulated changed: `content` is the document without its layout, the same object as
   * long as only the layout changed (src/document/programContent.ts), so a lane drag runs nothing.
   */
  documentChanged(content: object | null): void;
  /** Stops the run under way; the last result stays. */
  cancel(): void;
  /** Simulates the current document again (after a cancel or a failure). */
  rerun(): void;
  /**
   * Brings back into the workers the plan (and the people's columns) of a result still cached here
   * but dropped there, without touching the run on screen; false when the result is not known.
   */
  restore(key: string): Promise<boolean>;
  /** The key of the result on screen or under way. */
  readonly key: string | null;
  dispose(): void;
}

export function createPreviewController(
  store: PreviewStore,
  pool: SimulationPool,
  source: string,
  now: () => number = () => performance.now(),
): PreviewController {
  const cache = new Map<string, PreviewResult>();
  /** What each cached result simulated, to compile it again in the workers on demand. */
  const contents = new Map<string, object>();
  let restores = 0;
  let shown: object | null = null;
  let runId = store.getState().runs;
  let key: string | null = null;

  const remember = (result: PreviewResult, content: object) => {
    cache.delete(result.key);
    cache.set(result.key, result);
    contents.set(result.key, content);
    while (cache.size > RESULT_CACHE) {
      const oldest = cache.keys().next().value!;
      cache.delete(oldest);
      contents.delete(oldest);
    }
  };

  async function simulate(doc: object, retry = true) {
    const id = ++runId;
    const startedAt = now();
    store.getState().runStarted(id, 0, startedAt);
    const loaded = await pool.load(source, doc);
    if (id !== runId) return;
    key = loaded.key;
    if (!loaded.ok) return store.getState().invalid(id, loaded.problems);
    const hit = cache.get(loaded.key);
    if (hit !== undefined) {
      remember(hit, doc);
      return store.getState().finished(id, hit, true);
    }
    store.getState().runStarted(id, loaded.people, startedAt);
    let outcome: PoolRunOutcome;
    try {
      outcome = await pool.run(source, loaded.key, id, loaded.people, (p) =>
        store.getState().progressed(id, p.done),
      );
    } catch (error) {
      return store.getState().stopped(id, 'failed', String(error));
    }
    if (id !== runId) return;
    if (!outcome.ok) {
      // A worker dropped the plan (too many programs since): compile and run once more.
      if ('missing' in outcome && retry) return simulate(doc, false);
      return store.getState().stopped(id, 'cancelled');
    }
    const result: PreviewResult = {
      key: loaded.key,
      frame: loaded.frame,
      aggregates: outcome.aggregates,
      workers: outcome.workers,
      elapsed: now() - startedAt,
    };
    remember(result, doc);
    store.getState().finished(id, result);
  }

  return {
    documentChanged(doc) {
      if (shown === doc) return;
      shown = doc;
      if (doc === null) return;
      void simulate(doc).catch((error: unknown) =>
        store.getState().stopped(runId, 'failed', String(error)),
      );
    },
    cancel() {
      pool.cancel(runId);
      store.getState().stopped(runId, 'cancelled');
      runId++; // whatever the cancelled run still sends is ignored
      store.setState({ runs: runId });
    },
    rerun() {
      if (shown === null) return;
      void simulate(shown).catch((error: unknown) =>
        store.getState().stopped(runId, 'failed', String(error)),
      );
    },
    async restore(wanted) {
      const content = contents.get(wanted);
      const result = cache.get(wanted);
      if (content === undefined || result === undefined) return false;
      const loaded = await pool.load(source, content);
      if (!loaded.ok || loaded.key !== wanted) return false;
      const outcome = await pool.run(source, wanted, -++restores, result.aggregates.people);
      return outcome.ok;
    },
    get key() {
      return key;
    },
    dispose() {
      pool.cancel(runId);
    },
  };
}
