/**
 * Opens a program in the editor store and keeps it saved: loads it from IndexedDB, starts the
 * autosave, flushes it when the page is hidden or left, and follows other tabs: their newer save
 * is taken over when this tab has nothing unsaved; otherwise the store reports a conflict.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { programKeys } from '../db/queries';
import type { Viewport } from '@xyflow/react';
import type { Services } from '../app/servicesContext';
import { startAutosave } from '../store/autosave';
import { editorStore } from '../store/useEditor';
import { loadView, saveView } from './viewState';

export type SessionStatus = 'loading' | 'ready' | 'missing';

export interface Session {
  status: SessionStatus;
  /** Where the canvas was left, or null to fit the program into view. */
  viewport: Viewport | null;
  /** Remembers the viewport (debounced). */
  viewportChanged(viewport: Viewport): void;
}

export function useEditorSession(programId: string, { repo, channel }: Services): Session {
  const client = useQueryClient();
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [remember] = useState(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let current: Viewport | null = null;
    // One debounced write of the whole view, whichever part changed.
    const save = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(
        () =>
          void saveView(repo, programId, {
            viewport: current,
            selection: editorStore.getState().selection,
          }),
        300,
      );
    };
    return {
      viewport(next: Viewport) {
        current = next;
        save();
      },
      selection: save,
      seed(view: Viewport | null) {
        current = view;
      },
    };
  });
  useEffect(() => {
    let alive = true;
    // A version added by autosave refreshes the history list if it is open.
    const autosave = startAutosave(editorStore, repo, {
      onRevision: (id) => void client.invalidateQueries({ queryKey: programKeys.revisions(id) }),
    });
    const load = async (restoreView: boolean) => {
      const [record, view] = await Promise.all([
        repo.getProgram(programId),
        restoreView ? loadView(repo, programId) : null,
      ]);
      if (!alive) return;
      if (!record) return setStatus('missing');
      editorStore.getState().open(programId, record.document, record.revision);
      if (view) {
        editorStore.getState().select(view.selection);
        remember.seed(view.viewport);
        setViewport(view.viewport);
      }
      setStatus('ready');
    };
    const unsubscribeSelection = editorStore.subscribe((state, previous) => {
      if (state.programId === programId && state.selection !== previous.selection)
        remember.selection();
    });
    void load(true).catch(() => alive && setStatus('missing'));
    const flush = () => void autosave.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    const unsubscribe = channel.subscribe((change) => {
      if (change.kind !== 'program-saved' || change.id !== programId) return;
      const state = editorStore.getState();
      if (change.revision <= state.savedRevision) return;
      if (state.saveState === 'saved')
        void load(false); // nothing unsaved here: take theirs
      else state.saveFailed('conflict', null);
    });
    return () => {
      alive = false;
      unsubscribe();
      unsubscribeSelection();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      void autosave.flush().finally(() => {
        autosave.stop();
        if (editorStore.getState().programId === programId) editorStore.getState().close();
      });
    };
  }, [programId, repo, channel, remember, client]);
  return { status, viewport, viewportChanged: remember.viewport };
}
