/** Display names of content and streams of the open document, for labels. */
import { useMemo } from 'react';
import type { EditorState } from '../store/editorStore';
import { useEditor } from '../store/useEditor';
import { namesIn, type Names } from './names';

const selectDoc = (s: EditorState) => s.doc;

export function useNames(): Names {
  const doc = useEditor(selectDoc);
  return useMemo(() => namesIn(doc), [doc]);
}
