/** Undo and redo from the keyboard: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y (not while typing). */
import { useEffect } from 'react';
import { editorStore } from '../store/useEditor';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useEditorShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) editorStore.getState().undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') editorStore.getState().redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
