/**
 * Opens a program in the editor store and keeps it saved: loads it from IndexedDB, starts the
 * autosave, flushes it when the page is hidden or left, and follows other tabs: their newer save
 * is taken over when this tab has nothing unsaved; otherwise the store reports a conflict.
 */
import { useEffect, useState } from 'react';
import type { Services } from '../app/servicesContext';
import { startAutosave } from '../store/autosave';
import { editorStore } from '../store/useEditor';

export type SessionStatus = 'loading' | 'ready' | 'missing';

export function useEditorSession(programId: string, { repo, channel }: Services): SessionStatus {
  const [status, setStatus] = useState<SessionStatus>('loading');
  useEffect(() => {
    let alive = true;
    const autosave = startAutosave(editorStore, repo);
    const load = async () => {
      const record = await repo.getProgram(programId);
      if (!alive) return;
      if (!record) return setStatus('missing');
      editorStore.getState().open(programId, record.document, record.revision);
      setStatus('ready');
    };
    void load().catch(() => alive && setStatus('missing'));
    const flush = () => void autosave.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    const unsubscribe = channel.subscribe((change) => {
      if (change.kind !== 'program-saved' || change.id !== programId) return;
      const state = editorStore.getState();
      if (change.revision <= state.savedRevision) return;
      if (state.saveState === 'saved')
        void load(); // nothing unsaved here: take theirs
      else state.saveFailed('conflict', null);
    });
    return () => {
      alive = false;
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      void autosave.flush().finally(() => {
        autosave.stop();
        if (editorStore.getState().programId === programId) editorStore.getState().close();
      });
    };
  }, [programId, repo, channel]);
  return status;
}
