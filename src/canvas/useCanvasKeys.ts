/**
 * Alt+arrows on a focused card (cardKeys.ts): up and down change its priority, left and right move
 * it to the neighbouring lane, and the card keeps the focus. Plain arrows are useKeyboardMoves'
 * (dnd/), which moves a selected lane, note or entry, or a selected card within its lane.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, type KeyboardEvent } from 'react';
import { moveItem } from '../document/actions/content';
import { editorStore } from '../store/useEditor';
import { cardKeyMove } from './cardKeys';
import { cardNodeId, type FlowEdge, type FlowNode } from './toFlow';

const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

/** The node whose own element has the focus (not a field inside a note). */
function focusedNodeId(event: KeyboardEvent): string | null {
  const target = event.target as HTMLElement;
  return target.classList.contains('react-flow__node') ? target.getAttribute('data-id') : null;
}

/** Focus the node once it is drawn and measured (a card moved to another lane is a new node,
 * hidden by React Flow until measured, and a hidden element takes no focus). */
function focusNode(id: string, tries = 30) {
  const element = document.querySelector<HTMLElement>(
    `.react-flow__node[data-id="${CSS.escape(id)}"]`,
  );
  element?.focus();
  if (document.activeElement !== element && tries > 0)
    requestAnimationFrame(() => focusNode(id, tries - 1));
}

export function useCanvasKeys() {
  const { getNodes } = useReactFlow<FlowNode, FlowEdge>();

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      const id = focusedNodeId(event);
      if (id === null || !ARROWS.includes(event.key)) return;
      if (!event.altKey) return;
      const node = getNodes().find((n) => n.id === id);
      if (node?.type !== 'card') return;
      event.preventDefault();
      event.stopPropagation(); // not React Flow's nudge
      const { doc, apply } = editorStore.getState();
      if (doc === null) return;
      const move = cardKeyMove(doc, node.data.stream, node.data.item.id, event.key);
      if (move === null) return;
      const select = [{ kind: 'item' as const, stream: move.to, id: move.item }];
      if (apply(moveItem, move, { select }).ok) focusNode(cardNodeId(move.to, move.item));
    },
    [getNodes],
  );

  return { onKeyDownCapture };
}
