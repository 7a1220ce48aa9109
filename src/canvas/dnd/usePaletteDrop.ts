/**
 * Dragging from the palette onto the canvas: while over it, a marker shows where the element
 * will land (a line between two cards, or the outline of the new lane); on drop, it lands there.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addItem } from '../../document/actions/content';
import { addNote } from '../../document/actions/notes';
import { addStream } from '../../document/actions/streams';
import type { Rect } from '../../document/layout/rect';
import { editorStore } from '../../store/useEditor';
import { PALETTE_MIME, paletteKindOf, type PaletteKind } from '../paletteKinds';
import { paletteMarker, paletteTarget, type CanvasMarker } from './targets';

export function usePaletteDrop(
  showMarker: (marker: CanvasMarker | null) => void,
  visibleFlowArea: () => Rect | undefined,
) {
  const { t } = useTranslation();
  const { screenToFlowPosition } = useReactFlow();

  const targetOf = useCallback(
    (event: DragEvent, kind: PaletteKind) => {
      const doc = editorStore.getState().doc;
      if (doc === null) return null;
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      return paletteTarget(doc, kind, at, visibleFlowArea());
    },
    [screenToFlowPosition, visibleFlowArea],
  );

  const onDragOver = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      const kind = paletteKindOf([...event.dataTransfer.types]);
      showMarker(kind === null ? null : paletteMarker(targetOf(event, kind)));
    },
    [showMarker, targetOf],
  );

  const onDragLeave = useCallback(
    (event: DragEvent) => {
      const into = event.relatedTarget;
      if (!(into instanceof Node && event.currentTarget.contains(into))) showMarker(null);
    },
    [showMarker],
  );

  // A drag cancelled (Escape) or dropped elsewhere leaves no marker behind.
  useEffect(() => {
    const clear = () => showMarker(null);
    window.addEventListener('dragend', clear);
    return () => window.removeEventListener('dragend', clear);
  }, [showMarker]);

  const onDrop = useCallback(
    (event: DragEvent) => {
      showMarker(null);
      const kind = event.dataTransfer.getData(PALETTE_MIME) as PaletteKind | '';
      if (kind === '') return;
      event.preventDefault();
      const target = targetOf(event, kind);
      const { apply } = editorStore.getState();
      if (target === null) return;
      if (target.kind === 'note') return void apply(addNote, { at: target.at, text: '' });
      if (target.kind === 'stream')
        return void apply(
          addStream,
          { name: t('palette.newStream'), at: target.at },
          { select: (id) => ({ kind: 'stream', id }) },
        );
      const { stream, index } = target.marker;
      apply(
        addItem,
        {
          stream,
          index,
          type: target.kind,
          name: t(target.kind === 'email' ? 'palette.newEmail' : 'palette.newProgram'),
        },
        { select: (id) => ({ kind: 'item', stream, id }) },
      );
    },
    [showMarker, targetOf, t],
  );

  return { onDragOver, onDragLeave, onDrop };
}
