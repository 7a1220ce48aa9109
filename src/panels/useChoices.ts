/** The pickers' choices for the open document, recomputed only when the document changes. */
import { useMemo } from 'react';
import type { EditorState } from '../store/editorStore';
import { useEditor } from '../store/useEditor';
import { choicesOf, type Choices } from './choices';

const selectDoc = (s: EditorState) => s.doc;

export function useChoices(): Choices {
  const doc = useEditor(selectDoc);
  return useMemo(() => choicesOf(doc), [doc]);
}
