/**
 * The toolbar's History button: opens the version history (refreshing its list) and, after a
 * restore, says which version is open ("Restored the version of …") for as long as it still is:
 * the next edit or Undo clears the message.
 */
import './history.css';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../model';
import type { EditorState } from '../../store/editorStore';
import { useEditor } from '../../store/useEditor';
import { HistoryPanel } from './HistoryPanel';
import type { HistoryPort } from './historyPort';

const selectProgramId = (s: EditorState) => s.programId;
const selectDoc = (s: EditorState) => s.doc;

/** `port`: where versions are kept (the editor page wires it to IndexedDB). */
export function HistoryButton({ port }: { port: HistoryPort }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const programId = useEditor(selectProgramId);
  const doc = useEditor(selectDoc);
  const [open, setOpen] = useState(false);
  const [restored, setRestored] = useState<{ doc: Scenario; time: string } | null>(null);

  const show = () => {
    if (programId === null) return;
    // Autosave adds versions without telling the query cache: fetch afresh on every open.
    void client.invalidateQueries({ queryKey: port.revisionsKey(programId) });
    setOpen(true);
  };
  const onRestored = (restoredDoc: Scenario, time: string) => {
    setRestored({ doc: restoredDoc, time });
    setOpen(false);
  };

  return (
    <span className="history-tool">
      <button
        type="button"
        onClick={show}
        disabled={programId === null || doc === null}
        aria-haspopup="dialog"
      >
        {t('history.open')}
      </button>
      <span className="history-tool__status" role="status">
        {restored !== null && restored.doc === doc
          ? t('history.restored', { time: restored.time })
          : ''}
      </span>
      {open && programId !== null && (
        <HistoryPanel
          port={port}
          programId={programId}
          onClose={() => setOpen(false)}
          onRestored={onRestored}
        />
      )}
    </span>
  );
}
