/**
 * Dragging on the canvas. A card shows where it will land while it moves (a line between two
 * cards of the lane under it) and commits one move, or one copy with Alt or Ctrl held (R14), on
 * drop. Lanes, notes and the entry commit their new places as one layout edit.
 */
import { useCallback } from 'react';
import { moveItem, placeCopy } from '../../document/actions/content';
import { arrangeCanvas } from '../../document/actions/layout';
import { editorStore } from '../../store/useEditor';
import { layoutOf } from '../fromFlow';
import type { FlowNode } from '../toFlow';
import { cardTarget, type CanvasMarker } from './targets';

type DragEventLike = globalThis.MouseEvent | TouchEvent;
const wantsCopy = (event: DragEventLike) => event.altKey || event.ctrlKey || event.metaKey;

export function useCardDrag(
  nodes: readonly FlowNode[],
  resync: () => void,
  showMarker: (marker: CanvasMarker | null) => void,
) {
  const onNodeDrag = useCallback(
    (event: DragEventLike, node: FlowNode) => {
      const doc = editorStore.getState().doc;
      if (node.type !== 'card' || doc === null) return;
      const marker = cardTarget(doc, nodes, node);
      showMarker(
        marker && {
          kind: 'card',
          marker,
          copy: wantsCopy(event) && marker.stream !== node.data.stream,
        },
      );
    },
    [nodes, showMarker],
  );

  const onNodeDragStop = useCallback(
    (event: DragEventLike, node: FlowNode) => {
      showMarker(null);
      const state = editorStore.getState();
      if (state.doc === null) return;
      if (node.type !== 'card') {
        state.apply(arrangeCanvas, layoutOf(nodes.map((n) => (n.id === node.id ? node : n))));
        return resync();
      }
      const target = cardTarget(state.doc, nodes, node);
      const { stream, item } = node.data;
      const copy = wantsCopy(event) && target !== null && target.stream !== stream;
      const applied =
        target !== null &&
        state.apply(
          copy ? placeCopy : moveItem,
          { from: stream, item: item.id, to: target.stream, index: target.index },
          { select: [{ kind: 'item', stream: target.stream, id: item.id }] },
        ).ok;
      if (!applied) resync(); // snap back to where the document says it is
    },
    [nodes, resync, showMarker],
  );

  return { onNodeDrag, onNodeDragStop };
}
