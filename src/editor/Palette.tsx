/**
 * What can be added: drag onto the canvas (a card into a lane at a position, a stream anywhere),
 * or press with the keyboard (Enter, Space) to add after the selected card, at the selected stream's
 * end, or as a new lane.
 */
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PALETTE_MIME, paletteKindType, type PaletteKind } from '../canvas/paletteKinds';
import { addItem } from '../document/actions/content';
import { addNote } from '../document/actions/notes';
import { addStream } from '../document/actions/streams';
import { readUi } from '../document/ops';
import { editorStore } from '../store/useEditor';

const KINDS: PaletteKind[] = ['email', 'program', 'stream', 'note'];

function addByKeyboard(kind: PaletteKind, names: Record<PaletteKind, string>) {
  const { doc, selection, apply } = editorStore.getState();
  if (doc === null) return;
  if (kind === 'stream')
    return void apply(
      addStream,
      { name: names.stream },
      { select: (id) => ({ kind: 'stream', id }) },
    );
  if (kind === 'note') {
    // Beside the program entry, which a fitted view always shows.
    const entry = readUi((doc as { ui?: unknown }).ui, []).entry;
    return void apply(addNote, { at: { x: entry.x + 240, y: entry.y - 10 }, text: '' });
  }
  const selected = selection.find((s) => s.kind === 'stream' || s.kind === 'item');
  const streamId =
    selected && 'stream' in selected
      ? selected.stream
      : selected?.kind === 'stream'
        ? selected.id
        : doc.program.streams[0]?.id;
  const stream = doc.program.streams.find((s) => s.id === streamId);
  if (!stream) return;
  // Right after the selected card (so several land in the order they are added), else at the end.
  const content = stream.content ?? [];
  const after = selected?.kind === 'item' ? content.findIndex((c) => c.id === selected.id) : -1;
  apply(
    addItem,
    {
      stream: stream.id,
      index: after >= 0 ? after + 1 : content.length,
      type: kind,
      name: names[kind],
    },
    { select: (id) => ({ kind: 'item', stream: stream.id, id }) },
  );
}

export function Palette() {
  const { t } = useTranslation();
  const names: Record<PaletteKind, string> = {
    email: t('palette.newEmail'),
    program: t('palette.newProgram'),
    stream: t('palette.newStream'),
    note: '',
  };
  const onDragStart = (kind: PaletteKind) => (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.setData(paletteKindType(kind), kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className="palette nokey" aria-labelledby="palette-title">
      <h2 id="palette-title" className="palette__title">
        {t('palette.title')}
      </h2>
      {KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`palette__item palette__item--${kind}`}
          draggable
          onDragStart={onDragStart(kind)}
          onClick={() => addByKeyboard(kind, names)}
          data-testid={`palette-${kind}`}
        >
          {t(`palette.${kind}`)}
        </button>
      ))}
      <p className="palette__hint">{t('palette.hint')}</p>
    </aside>
  );
}
