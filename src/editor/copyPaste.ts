/** Copy (Ctrl/Cmd+C) and paste (Ctrl/Cmd+V) of the canvas selection. */
import type { TFunction } from 'i18next';
import { cloneStream, pasteItems } from '../document/actions/clipboard';
import { readClipboard, writeClipboard } from './clipboardState';
import { editorStore } from '../store/useEditor';

export function copySelection() {
  const { doc, selection } = editorStore.getState();
  if (doc === null) return;
  const items = selection.flatMap((s) =>
    s.kind === 'item'
      ? (doc.program.streams.find((st) => st.id === s.stream)?.content ?? []).filter(
          (c) => c.id === s.id,
        )
      : [],
  );
  if (items.length > 0) return writeClipboard({ kind: 'items', items });
  const stream = selection.find((s) => s.kind === 'stream');
  if (stream) writeClipboard({ kind: 'stream', id: stream.id });
}

/** Cards go into the selected stream (after a selected card), else the first stream; a stream is cloned. */
export function paste(t: TFunction) {
  const clipboard = readClipboard();
  const { doc, selection, apply } = editorStore.getState();
  if (doc === null || clipboard === null) return;
  if (clipboard.kind === 'stream') {
    const name = doc.program.streams.find((s) => s.id === clipboard.id)?.name ?? clipboard.id;
    apply(cloneStream, { stream: clipboard.id, name: t('editor.copyOf', { name }) });
    return;
  }
  const target = selection.find((s) => s.kind === 'item' || s.kind === 'stream');
  const streamId =
    target === undefined
      ? doc.program.streams[0]?.id
      : target.kind === 'item'
        ? target.stream
        : target.kind === 'stream'
          ? target.id
          : undefined;
  const stream = doc.program.streams.find((s) => s.id === streamId);
  if (!stream) return;
  const after =
    target?.kind === 'item'
      ? (stream.content ?? []).findIndex((c) => c.id === target.id) + 1
      : (stream.content ?? []).length;
  apply(pasteItems, { stream: stream.id, index: after, items: clipboard.items });
}
