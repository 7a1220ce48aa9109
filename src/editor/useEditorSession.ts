/**
 * Opens a program in the editor store and keeps it saved: loads it from IndexedDB (recovering
 * edits a crash left in the journal), starts the autosave and the journal, flushes when the page
 * is hidden, keeps a version when the editor is left, and follows other tabs: their newer save is
 * taken over when this tab has nothing unsaved; otherwise the store reports a conflict.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Viewport } from '@xyflow/react';
import type { Services } from '../app/servicesContext';
import { programKeys } from '../db/queries';
import { restoreVersion } from '../document/actions/history';
import { startAutosave } from '../store/autosave';
import { createJournal, startJournal } from '../store/journal';
import { editorStore } from '../store/useEditor';
import { recoverEdits, type Recovered } from './recoverEdits';
import { rememberView } from './rememberView';
import { holdTabLife, isTabAlive } from './tabLife';
import { loadView, readView } from './viewState';

export type SessionStatus = 'loading' | 'ready' | 'missing' | 'failed';

export interface Session {
  status: SessionStatus;
  /** Why the program could not be opened (status 'failed'): a storage error. */
  error: unknown;
  /** Where the canvas was left, or null to fit the program into view. */
  viewport: Viewport | null;
  /** Remembers the viewport (debounced). */
  viewportChanged(viewport: Viewport): void;
  /** Edits recovered from the crash journal when the program was opened, until dismissed. */
  recovered: Recovered | null;
  dismissRecovered(): void;
}

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked for this site
  }
}

const journal = createJournal(browserStorage());
/** The newest session: an older one, still saving as it closes, must not close the newer one's program. */
let latestSession = 0;

export function useEditorSession(programId: string, { repo, channel }: Services): Session {
  const client = useQueryClient();
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [error, setError] = useState<unknown>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [recovered, setRecovered] = useState<Recovered | null>(null);
  const [remember] = useState(() => rememberView(repo, programId));
  useEffect(() => {
    let alive = true;
    let restoring = true;
    const session = ++latestSession;
    const tab = channel.tabId;
    holdTabLife(tab);
    // A version added by autosave refreshes the history list if it is open.
    const autosave = startAutosave(editorStore, repo, {
      onRevision: (id) => void client.invalidateQueries({ queryKey: programKeys.revisions(id) }),
    });
    const stopJournal = startJournal(editorStore, journal, { tab });
    const addRevision = repo.addRevision.bind(repo);

    const open = async () => {
      const [record, view] = await Promise.all([
        repo.getProgram(programId),
        loadView(repo, programId),
      ]);
      if (!alive) return;
      if (!record) return setStatus('missing');
      const found = await recoverEdits(record, { journal, addRevision, tab, isTabAlive });
      if (!alive) return;
      const store = editorStore.getState();
      store.open(programId, record.document, record.revision);
      // Replayed as one edit: saved like any other, and Undo takes it back.
      if (found?.kind === 'replay') store.apply(restoreVersion, { document: found.doc });
      const { viewport: where, selection } = readView(view, editorStore.getState().doc!);
      editorStore.getState().select(selection);
      remember.seed(where);
      setViewport(where);
      setRecovered(found);
      setStatus('ready');
    };
    /** Another tab saved: take its copy over, unless this tab has edits (then it is a conflict). */
    const follow = async () => {
      const before = editorStore.getState().doc;
      const record = await repo.getProgram(programId);
      const state = editorStore.getState();
      if (!alive || !record || state.programId !== programId) return;
      if (record.revision <= state.savedRevision) return;
      if (state.doc !== before || state.saveState !== 'saved') state.saveFailed('conflict', null);
      else state.open(programId, record.document, record.revision);
    };

    const unsubscribeSelection = editorStore.subscribe((state, previous) => {
      if (!restoring && state.programId === programId && state.selection !== previous.selection)
        remember.selection();
    });
    void open()
      .catch((e: unknown) => {
        if (!alive) return;
        setError(e);
        setStatus('failed');
      })
      .finally(() => {
        restoring = false;
      });
    const flush = () => void autosave.flush();
    const leave = () => void autosave.leave();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    const unsubscribe = channel.subscribe((change) => {
      if (change.kind !== 'program-saved' || change.id !== programId) return;
      const state = editorStore.getState();
      if (change.revision <= state.savedRevision) return;
      if (state.saveState === 'saved') void follow();
      else state.saveFailed('conflict', null);
    });
    return () => {
      alive = false;
      unsubscribe();
      unsubscribeSelection();
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      void autosave.leave().finally(() => {
        autosave.stop();
        stopJournal();
        if (session === latestSession) editorStore.getState().close();
      });
    };
  }, [programId, repo, channel, remember, client]);
  return {
    status,
    error,
    viewport,
    viewportChanged: remember.viewport,
    recovered,
    dismissRecovered: () => setRecovered(null),
  };
}
