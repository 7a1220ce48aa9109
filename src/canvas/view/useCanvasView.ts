/**
 * The canvas's view: a program opens at a comfortable zoom (unless the user left it elsewhere)
 * with the keyboard focus on the canvas; a selection made elsewhere (a problem, a new lane; not a
 * click on the canvas) is brought into the visible part, clear of the controls and the mini map; the arrow keys pan and
 * + and - zoom while the canvas itself has the focus.
 */
import { useReactFlow, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { contentBounds } from '../../document/layout/bounds';
import { LANE_HEADER, LANE_WIDTH } from '../../document/layout/geometry';
import type { Rect } from '../../document/layout/rect';
import type { Selected } from '../../document/selected';
import type { Scenario } from '../../model';
import { editorStore } from '../../store/useEditor';
import { cardNodeId, laneNodeId } from '../toFlow';
import { clearArea, comfortableViewport, contains, toFlowRect } from './visibleArea';

/** The top of a card or note that shows what it is (its type and the start of its name). */
const FIRST_LINE = 28;
/** How far one arrow key press pans, in screen pixels. */
const PAN_STEP = 60;

/** `wrapper` goes on the element around the flow: the canvas region that takes the focus. */
export function useCanvasView(initialViewport: Viewport | null, selection: readonly Selected[]) {
  const wrapper = useRef<HTMLDivElement>(null);
  const flow = useReactFlow();
  const { getInternalNode, getViewport, setViewport, setCenter } = flow;

  /** The canvas minus the panels floating on it, in screen pixels from its top-left. */
  const clearScreenArea = useCallback((): Rect | null => {
    const element = wrapper.current;
    if (!element) return null;
    const overlays = [...element.querySelectorAll('.react-flow__panel')].map((panel) =>
      panel.getBoundingClientRect(),
    );
    return clearArea(element.getBoundingClientRect(), overlays);
  }, []);

  /** The part of the canvas the user sees, clear of its panels, in flow coordinates. */
  const visibleFlowArea = useCallback((): Rect | undefined => {
    const area = clearScreenArea();
    return area ? toFlowRect(area, getViewport()) : undefined;
  }, [clearScreenArea, getViewport]);

  const onInit = useCallback(() => {
    const doc = editorStore.getState().doc;
    const area = clearScreenArea();
    if (initialViewport === null && doc !== null && area !== null)
      void setViewport(comfortableViewport(contentBounds(doc), area));
    // Keyboard users start on the canvas: Tab reaches its lanes and cards, arrows pan it.
    wrapper.current?.focus({ preventScroll: true });
  }, [clearScreenArea, initialViewport, setViewport]);

  // A click on the canvas selects what the user sees (and may be starting a drag): no panning.
  const selectedHere = useRef(false);
  const selectedOnCanvas = useCallback(() => {
    selectedHere.current = true;
  }, []);

  // The selection the program opened with is where the user left it, as the viewport is.
  const [openedWith] = useState(selection);

  // A selection made elsewhere (a problem, a new element) is brought into view if it is not.
  useEffect(() => {
    if (selection === openedWith) return;
    if (selectedHere.current) {
      selectedHere.current = false;
      return;
    }
    const nodeId = focusNodeOf(selection[0], editorStore.getState().doc);
    const node = nodeId === null ? undefined : getInternalNode(nodeId);
    const area = visibleFlowArea();
    if (!node || !area) return;
    const { x, y } = node.internals.positionAbsolute;
    // Seen is enough: a lane's header, a card's or note's first line (a card just dropped at the
    // canvas's lower edge is not panned away from under the pointer). A node just added may not
    // be measured yet: its style has its width.
    const box = {
      x,
      y,
      width: Math.min(node.measured.width || Number(node.style?.width) || 0, LANE_WIDTH),
      height: node.type === 'lane' ? LANE_HEADER : FIRST_LINE,
    };
    const screen = clearScreenArea();
    const width = wrapper.current?.clientWidth ?? 0;
    if (contains(area, box) || screen === null) return;
    const { zoom } = getViewport();
    // setCenter centres the whole canvas; the clear part's centre lies off it by the panels.
    const offset = (width / 2 - (screen.x + screen.width / 2)) / zoom;
    void setCenter(x + box.width / 2 + offset, y + box.height / 2, { zoom, duration: 250 });
  }, [
    selection,
    openedWith,
    getInternalNode,
    getViewport,
    setCenter,
    visibleFlowArea,
    clearScreenArea,
  ]);

  /** Arrow keys pan and + / - zoom, when the canvas itself (not a node in it) has the focus. */
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.target !== event.currentTarget) return;
      const view = getViewport();
      const pan: Record<string, [number, number]> = {
        ArrowLeft: [PAN_STEP, 0],
        ArrowRight: [-PAN_STEP, 0],
        ArrowUp: [0, PAN_STEP],
        ArrowDown: [0, -PAN_STEP],
      };
      const step = pan[event.key];
      if (step) {
        event.preventDefault();
        void setViewport({ ...view, x: view.x + step[0], y: view.y + step[1] }, { duration: 100 });
      } else if (event.key === '+' || event.key === '=') {
        event.preventDefault();
        void flow.zoomIn({ duration: 100 });
      } else if (event.key === '-') {
        event.preventDefault();
        void flow.zoomOut({ duration: 100 });
      }
    },
    [flow, getViewport, setViewport],
  );

  return { wrapper, visibleFlowArea, onInit, onKeyDown, selectedOnCanvas };
}

/** The node to show for a selected element: the card, the lane, or a rule's or batch's destination. */
function focusNodeOf(selected: Selected | undefined, doc: Scenario | null): string | null {
  if (!selected || selected.kind === 'program') return null;
  if (selected.kind === 'item') return cardNodeId(selected.stream, selected.id);
  if (selected.kind === 'stream') return laneNodeId(selected.id);
  if (selected.kind === 'rule') return laneNodeId(selected.stream);
  const batch = doc?.program.batchMoves?.find((b) => b.id === selected.id);
  return batch ? laneNodeId(batch.to) : null;
}
