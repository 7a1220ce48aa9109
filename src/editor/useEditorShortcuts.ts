/**
 * The editor's keyboard shortcuts (not while typing in a field): undo Ctrl/Cmd+Z, redo
 * Ctrl/Cmd+Shift+Z or Ctrl+Y, copy Ctrl/Cmd+C, paste Ctrl/Cmd+V, and ? for the shortcut list.
 * Delete, selection and zoom keys are React Flow's; moving cards and lanes: canvas/useCanvasKeys.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { editorStore } from '../store/useEditor';
import { copySelection, paste } from './copyPaste';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useEditorShortcuts(toggleHelp: () => void) {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      if (event.key === '?') {
        toggleHelp();
        return event.preventDefault();
      }
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) editorStore.getState().undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') editorStore.getState().redo();
      else if (key === 'c') copySelection();
      else if (key === 'v') paste(t);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [t, toggleHelp]);
}
