/** Display names of content and streams of the open document, for labels. */
import { useMemo } from 'react';
import { useEditor } from '../store/useEditor';
import type { Names } from './wording';

export function useNames(): Names {
  const doc = useEditor((s) => s.doc);
  return useMemo(() => {
    const content = new Map<string, string>();
    const streams = new Map<string, string>();
    for (const s of doc?.program.streams ?? []) {
      streams.set(s.id, s.name ?? s.id);
      for (const c of s.content ?? []) if (!content.has(c.id)) content.set(c.id, c.name ?? c.id);
    }
    return { content: (id) => content.get(id) ?? id, stream: (id) => streams.get(id) ?? id };
  }, [doc]);
}
