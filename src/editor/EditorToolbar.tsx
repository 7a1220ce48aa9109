/**
 * The editor's top bar: back to the library, the program's name, undo/redo, save state, history,
 * shortcuts and the "Share and export" menu (file, link, images, handout, build sheet).
 */
import { useTranslation } from 'react-i18next';
import { Name } from '../ui/Name';
import { hrefOf } from '../app/route';
import type { EditorActions, EditorState } from '../store/editorStore';
import { useEditor } from '../store/useEditor';
import { HistoryButton } from '../panels/history/HistoryButton';
import { useHistoryPort } from './historyPort';
import { ShareExportMenu, type PrintPage } from './ShareExportMenu';

const selectToolbar = (s: EditorState & EditorActions) => s;

interface EditorToolbarProps {
  onHelp: () => void;
  onExport: () => void;
  onShare: () => void;
  onPrint: (page: PrintPage) => void;
  onNote: (note: string | null) => void;
}

export function EditorToolbar({ onHelp, ...menu }: EditorToolbarProps) {
  const { t } = useTranslation();
  const state = useEditor(selectToolbar);
  const historyPort = useHistoryPort();
  const { doc, past, future, saveState } = state;
  return (
    <div className="toolbar nokey" role="toolbar" aria-label={doc?.program.name ?? ''}>
      <a className="toolbar__back" href={hrefOf({ page: 'library' })}>
        ← {t('editor.back')}
      </a>
      <h1 className="toolbar__title">
        <Name>{doc?.program.name ?? doc?.program.id ?? ''}</Name>
      </h1>
      <button
        type="button"
        onClick={state.undo}
        disabled={past.length === 0}
        aria-keyshortcuts="Control+Z"
      >
        {t('editor.undo')}
      </button>
      <button
        type="button"
        onClick={state.redo}
        disabled={future.length === 0}
        aria-keyshortcuts="Control+Shift+Z"
      >
        {t('editor.redo')}
      </button>
      <span
        className={`toolbar__save toolbar__save--${saveState}`}
        role="status"
        data-testid="save-state"
      >
        {t(`editor.saveState.${saveState}`)}
      </span>
      <HistoryButton port={historyPort} />
      <button type="button" onClick={onHelp} aria-keyshortcuts="?">
        {t('editor.shortcuts.open')}
      </button>
      <ShareExportMenu {...menu} />
    </div>
  );
}
