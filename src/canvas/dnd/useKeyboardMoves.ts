/**
 * The arrow keys on a selected node. React Flow moves it 5 px a press (20 with Shift) and says so
 * to screen readers; here the move is kept: a lane, note or the entry takes its new place (a
 * burst of presses is one undo step), and a card moves one place up or down in its lane, its
 * priority (R11), instead of drifting inside it.
 */
import type { NodeChange } from '@xyflow/react';
import { useCallback, useRef, type KeyboardEvent } from 'react';
import { moveItem } from '../../document/actions/content';
import { nudgeCanvas } from '../../document/actions/layout';
import { editorStore } from '../../store/useEditor';
import { layoutOf } from '../fromFlow';
import type { FlowNode } from '../toFlow';

export function useKeyboardMoves(nodes: readonly FlowNode[], resync: () => void) {
  // Set while an arrow key pressed on a node (not on the canvas itself) is being handled:
  // React Flow moves the node during the key's way down to its node, before it bubbles back.
  const byKeyboard = useRef(false);
  const onKeyDownCapture = useCallback((event: KeyboardEvent) => {
    byKeyboard.current = event.key.startsWith('Arrow') && event.target !== event.currentTarget;
  }, []);
  /** After the key (or on a pointer press), whatever moves next is not the keyboard's. */
  const forget = useCallback(() => {
    byKeyboard.current = false;
  }, []);

  const keepKeyboardMoves = useCallback(
    (changes: readonly NodeChange<FlowNode>[]) => {
      if (!byKeyboard.current) return;
      byKeyboard.current = false;
      const moved = new Map(
        changes.flatMap((c) => (c.type === 'position' && c.position ? [[c.id, c.position]] : [])),
      );
      if (moved.size === 0) return;
      const { apply } = editorStore.getState();
      const card = nodes.find((n) => n.type === 'card' && moved.has(n.id));
      if (card?.type === 'card') {
        const dy = moved.get(card.id)!.y - card.position.y;
        const { stream, item, index } = card.data;
        const count = nodes.filter((n) => n.parentId === card.parentId).length;
        const to = Math.max(0, Math.min(count - 1, index + Math.sign(dy)));
        const applied =
          dy !== 0 &&
          to !== index &&
          apply(
            moveItem,
            { from: stream, item: item.id, to: stream, index: to },
            { select: [{ kind: 'item', stream, id: item.id }] },
          ).ok;
        if (!applied) resync();
        return;
      }
      const placed = nodes.map((n) => {
        const at = moved.get(n.id);
        return at ? { ...n, position: at } : n;
      });
      apply(nudgeCanvas, layoutOf(placed));
    },
    [nodes, resync],
  );

  return { onKeyDownCapture, forget, keepKeyboardMoves };
}
