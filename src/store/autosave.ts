/**
 * Keeps IndexedDB in step with the open document: a save once edits pause for `delayMs`, and
 * during a long burst at least every `maxWaitMs` (so a crash mid-burst loses little; the journal
 * covers the rest), a flush when the page is hidden or closed, and versions for the history
 * (versionKeeper.ts). Only edits are saved: loading a stored copy makes `doc` and `savedDoc` the
 * same document, so there is nothing to save. A save that finds another tab's newer revision
 * stops and reports a conflict, and nothing is saved after it. Storage errors are reported; the
 * document stays in memory.
 */
import type { Scenario } from '../model';
import { burstTimer, type Timers } from './burstTimer';
import type { EditorStore } from './editorStore';
import { startVersionKeeper, type VersionKeeperOptions } from './versionKeeper';

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

export interface AutosaveOptions extends Timers {
  /** Quiet time after an edit before it is saved. */
  delayMs?: number;
  /** The longest an edit waits to be saved while edits go on. */
  maxWaitMs?: number;
  /** Quiet time after which saved edits become a version in the history. */
  revisionAfterMs?: number;
  /** The longest saved edits wait to become a version while editing goes on. */
  revisionEveryMs?: number;
  /** Called once a version is stored, so the history list can refresh. */
  onRevision?: VersionKeeperOptions['onRevision'];
}

export interface Autosave {
  /** Saves now if anything is unsaved; resolves when stored. */
  flush(): Promise<void>;
  /** The editor is being left: saves, then keeps the saved document as a version. */
  leave(): Promise<void>;
  stop(): void;
}

/** StorageError's kind ('quota', 'newer'...), read by name so the store needs no db import. */
function storageKind(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'StorageError') return null;
  const kind = (error as Error & { kind?: unknown }).kind;
  return typeof kind === 'string' ? kind : null;
}

export function startAutosave(
  store: EditorStore,
  repo: AutosaveRepo,
  options: AutosaveOptions = {},
): Autosave {
  const delay = options.delayMs ?? 300;
  const versions = startVersionKeeper((id, doc) => repo.addRevision(id, doc), {
    ...options,
    ...(options.revisionAfterMs === undefined ? {} : { quietMs: options.revisionAfterMs }),
    ...(options.revisionEveryMs === undefined ? {} : { everyMs: options.revisionEveryMs }),
  });
  let running: Promise<void> | null = null;
  const timer = burstTimer(
    () => void run(),
    { quietMs: delay, maxWaitMs: options.maxWaitMs ?? delay },
    options,
  );

  async function save(): Promise<void> {
    const state = store.getState();
    const { programId, doc } = state;
    if (programId === null || doc === null || doc === state.savedDoc) return;
    if (state.saveState === 'conflict') return;
    state.saveStarted();
    try {
      const result = await repo.saveProgram(programId, doc, state.savedRevision);
      if (!result.ok) {
        store
          .getState()
          .saveFailed(result.reason === 'conflict' ? 'conflict' : 'error', result.reason);
        return;
      }
      store.getState().saved(result.record.revision, doc);
      versions.saved(programId, doc);
      // Edits made while saving: save those too.
      if (store.getState().saveState === 'pending') timer.touch();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      store.getState().saveFailed('error', message, storageKind(error));
    }
  }

  function run(): Promise<void> {
    running = (running ?? Promise.resolve()).then(save);
    return running;
  }

  // Opening a program (or taking over another tab's save) sets `savedDoc` with `doc`: no touch.
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc !== previous.doc && state.doc !== state.savedDoc) timer.touch();
  });

  const flush = () => {
    timer.cancel();
    return run();
  };
  return {
    flush,
    leave: () => flush().then(() => versions.keepNow()),
    stop() {
      unsubscribe();
      timer.cancel();
      versions.stop();
    },
  };
}
