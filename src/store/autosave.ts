/**
 * Keeps IndexedDB in step with the open document: a save at most `delayMs` after the last edit,
 * a flush when the page is hidden or closed, and a revision for version history after each burst
 * of edits. A save that finds another tab's newer revision stops and reports a conflict instead of
 * overwriting it. Storage errors are reported; the document stays in memory.
 */
import type { Scenario } from '../model';
import type { EditorStore } from './editorStore';

export interface AutosaveRepo {
  saveProgram(
    id: string,
    document: Scenario,
    expectedRevision: number,
  ): Promise<
    { ok: true; record: { revision: number } } | { ok: false; reason: 'conflict' | 'missing' }
  >;
  addRevision(programId: string, document: Scenario): Promise<unknown>;
}

export interface AutosaveOptions {
  delayMs?: number;
  /** Quiet time after which the burst of edits becomes a revision in the history. */
  revisionAfterMs?: number;
  /** Called once a revision is stored, so the history list can refresh. */
  onRevision?: (programId: string) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface Autosave {
  /** Saves now if anything is unsaved; resolves when stored. */
  flush(): Promise<void>;
  stop(): void;
}

export function startAutosave(
  store: EditorStore,
  repo: AutosaveRepo,
  options: AutosaveOptions = {},
): Autosave {
  const delay = options.delayMs ?? 300;
  const revisionAfter = options.revisionAfterMs ?? 20_000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let revisionTimer: unknown = null;
  let savedDoc: Scenario | null = store.getState().doc;
  let running: Promise<void> | null = null;

  async function save(): Promise<void> {
    const state = store.getState();
    if (state.programId === null || state.doc === null || state.doc === savedDoc) return;
    if (state.saveState === 'conflict') return;
    const doc = state.doc;
    const programId = state.programId;
    state.saveStarted();
    try {
      const result = await repo.saveProgram(programId, doc, state.savedRevision);
      if (!result.ok) {
        store
          .getState()
          .saveFailed(result.reason === 'conflict' ? 'conflict' : 'error', result.reason);
        return;
      }
      savedDoc = doc;
      store.getState().saved(result.record.revision);
      if (revisionTimer !== null) clearTimer(revisionTimer);
      revisionTimer = setTimer(() => {
        revisionTimer = null;
        void repo.addRevision(programId, doc).then(() => options.onRevision?.(programId));
      }, revisionAfter);
      // Edits made while saving: save those too.
      if (store.getState().doc !== doc) {
        store.setState({ saveState: 'pending' });
        schedule();
      }
    } catch (error) {
      store.getState().saveFailed('error', error instanceof Error ? error.message : String(error));
    }
  }

  function run(): Promise<void> {
    running = (running ?? Promise.resolve()).then(save);
    return running;
  }

  function schedule() {
    if (timer !== null) clearTimer(timer);
    timer = setTimer(() => {
      timer = null;
      void run();
    }, delay);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.programId !== previous.programId) savedDoc = state.doc;
    else if (state.doc !== previous.doc && state.doc !== savedDoc) schedule();
  });

  return {
    async flush() {
      if (timer !== null) {
        clearTimer(timer);
        timer = null;
      }
      await run();
    },
    stop() {
      unsubscribe();
      if (timer !== null) clearTimer(timer);
      if (revisionTimer !== null) clearTimer(revisionTimer);
    },
  };
}
