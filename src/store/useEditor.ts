/** The app's editor store and the hook components read it through (with module-scope selectors). */
import { useStore } from 'zustand';
import { createEditorStore, type EditorActions, type EditorState } from './editorStore';

export const editorStore = createEditorStore();

export function useEditor<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(editorStore, selector);
}
