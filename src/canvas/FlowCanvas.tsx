/**
 * The program canvas. The document is the truth; nodes are its projection (toFlow), kept locally
 * only while something is being dragged. A drag commits once, on drag stop, as one edit. What a
 * drag or a drawn connection means is decided in dnd/ and connect.ts; this file wires them up.
 */
import {
  applyNodeChanges,
  Background,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnBeforeDelete,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteParts } from '../document/actions/deletion';
import { laneContaining } from '../document/layout/placement';
import type { Selected } from '../document/selected';
import type { Scenario } from '../model';
import { editorStore, useEditor } from '../store/useEditor';
import { useNames } from '../wording/useNames';
import { flowAriaLabels, withEdgeNames } from './a11y';
import { CanvasControls } from './CanvasControls';
import { addDrawnRule } from './connect';
import { sameMarker, type CanvasMarker } from './dnd/targets';
import { useCardDrag } from './dnd/useCardDrag';
import { useKeyboardMoves } from './dnd/useKeyboardMoves';
import { usePaletteDrop } from './dnd/usePaletteDrop';
import { BatchEdge, JoinEdge, RuleEdge } from './edges/RuleEdge';
import { CardNode } from './nodes/CardNode';
import { EntryNode } from './nodes/EntryNode';
import { LaneNode } from './nodes/LaneNode';
import { NoteNode } from './nodes/NoteNode';
import { DropMarker } from './overlay/DropMarker';
import { selectionFrom, syncSelection, withSelection } from './selection';
import { laneNodeId, reuse, toFlow, type FlowEdge, type FlowNode, type NodeRoles } from './toFlow';
import { useCanvasView } from './view/useCanvasView';
import { useCanvasKeys } from './useCanvasKeys';

const nodeTypes = { lane: LaneNode, card: CardNode, entry: EntryNode, note: NoteNode };
const edgeTypes = { rule: RuleEdge, batch: BatchEdge, join: JoinEdge };
const selectDoc = (s: { doc: Scenario | null }) => s.doc;
const selectSelection = (s: { selection: Selected[] }) => s.selection;

const sameNode = (a: FlowNode, b: FlowNode): boolean => {
  if (a.type !== b.type || a.position.x !== b.position.x || a.position.y !== b.position.y)
    return false;
  if (a.domAttributes?.['aria-roledescription'] !== b.domAttributes?.['aria-roledescription'])
    return false;
  if (a.type === 'card' && b.type === 'card')
    return a.data.item === b.data.item && a.data.index === b.data.index;
  if (a.type === 'lane' && b.type === 'lane')
    return a.data.stream === b.data.stream && a.data.index === b.data.index;
  if (a.type === 'note' && b.type === 'note') return a.data.note.text === b.data.note.text;
  return true;
};

export interface FlowCanvasProps {
  /** Where the user left the canvas; null opens it at a comfortable zoom on the program. */
  initialViewport?: Viewport | null;
  onViewportChange?: (viewport: Viewport) => void;
  /** View only (presenter mode): nothing can be moved, connected, selected or deleted. */
  readOnly?: boolean;
}

export function FlowCanvas({
  initialViewport = null,
  onViewportChange,
  readOnly = false,
}: FlowCanvasProps) {
  const { t } = useTranslation();
  const doc = useEditor(selectDoc);
  const names = useNames();
  const { screenToFlowPosition, fitView } = useReactFlow();

  const roles = useMemo<NodeRoles>(
    () => ({
      lane: t('canvas.role.lane'),
      card: t('canvas.role.card'),
      entry: t('canvas.role.entry'),
      note: t('canvas.role.note'),
    }),
    [t],
  );
  const flow = useMemo(
    () => (doc ? toFlow(doc, roles) : { nodes: [], edges: [] as FlowEdge[] }),
    [doc, roles],
  );
  const cardKeys = useCanvasKeys();
  const selection = useEditor(selectSelection);
  const [nodes, setNodes] = useState<FlowNode[]>(() => withSelection(flow.nodes, selection));
  // The store's selection shows on the canvas, wherever it was made (a problem, the inspector).
  const [shownSelection, setShownSelection] = useState(selection);
  if (shownSelection !== selection) {
    setShownSelection(selection);
    setNodes((current) => withSelection(current, selection));
  }
  const named = useMemo(() => withEdgeNames(flow.edges, t, names), [flow, t, names]);
  const edges = useMemo(() => withSelection(named, selection), [named, selection]);
  // A new document: project it, keeping unchanged node objects (React's "adjust state on change").
  const [shown, setShown] = useState(flow);
  if (shown !== flow) {
    setShown(flow);
    setNodes((previous) => withSelection(reuse(previous, flow.nodes, sameNode), selection));
  }
  /** Puts nodes back where the document says (a refused or cancelled drag). */
  const resync = useCallback(
    () => setNodes((previous) => reuse(previous, flow.nodes, sameNode)),
    [flow],
  );
  const [marker, setMarker] = useState<CanvasMarker | null>(null);
  const showMarker = useCallback(
    (next: CanvasMarker | null) => setMarker((now) => (sameMarker(now, next) ? now : next)),
    [],
  );
  const { wrapper, visibleFlowArea, onInit, onKeyDown, selectedOnCanvas } = useCanvasView(
    initialViewport,
    selection,
  );
  // View only means presenting: the program fills the canvas (larger than life when it is small),
  // again whenever the canvas changes size (full screen, the docked views folded away).
  useEffect(() => {
    const element = wrapper.current;
    if (!readOnly || element === null || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitView({ maxZoom: 1.6, padding: 0.05 }));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [readOnly, fitView, wrapper]);
  const { onNodeDrag, onNodeDragStop } = useCardDrag(nodes, resync, showMarker);
  const keys = useKeyboardMoves(nodes, resync);
  const drop = usePaletteDrop(showMarker, visibleFlowArea);
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);

  // Selection comes from the user's clicks (React Flow's `select` changes), not from
  // onSelectionChange, which also reports the empty selection React Flow starts with.
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      if (syncSelection(changes, (id) => nodes.find((n) => n.id === id), 'node'))
        selectedOnCanvas();
      keys.keepKeyboardMoves(changes);
    },
    [nodes, keys, selectedOnCanvas],
  );

  const onConnect = useCallback(
    (c: Connection) => addDrawnRule(c.source, c.sourceHandle, c.target),
    [],
  );

  // A connection dropped anywhere on a lane, not just on its small top handle, draws the rule too.
  const onConnectEnd = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const doc = editorStore.getState().doc;
      if (state.isValid || !state.fromNode || doc === null) return;
      const point = 'changedTouches' in event ? event.changedTouches[0]! : event;
      const at = screenToFlowPosition({ x: point.clientX, y: point.clientY });
      const target = laneContaining(doc, at.x, at.y);
      if (target !== null)
        addDrawnRule(state.fromNode.id, state.fromHandle?.id, laneNodeId(target));
    },
    [screenToFlowPosition],
  );

  // Edges are drawn from the document; a click on one selects it through the store.
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      if (syncSelection(changes, (id) => flow.edges.find((e) => e.id === id), 'edge'))
        selectedOnCanvas();
    },
    [flow, selectedOnCanvas],
  );

  const onBeforeDelete: OnBeforeDelete<FlowNode, FlowEdge> = useCallback(async (elements) => {
    const parts = selectionFrom(elements.nodes, elements.edges);
    editorStore.getState().apply(deleteParts, { parts }, { select: [] });
    return false; // the projection removes them from the canvas
  }, []);

  return (
    <div
      ref={wrapper}
      className="canvas"
      onDragOver={drop.onDragOver}
      onDragLeave={drop.onDragLeave}
      onDrop={readOnly ? undefined : drop.onDrop}
      onKeyDownCapture={(event) => {
        if (readOnly) return;
        cardKeys.onKeyDownCapture(event); // Alt+arrows: a focused card to another place or lane
        if (!event.isPropagationStopped()) keys.onKeyDownCapture(event);
      }}
      onKeyDown={(event) => {
        keys.forget();
        onKeyDown(event);
      }}
      onPointerDownCapture={keys.forget}
      aria-label={t('editor.canvas')}
      aria-describedby="canvas-hint"
      role="region"
      tabIndex={-1}
      data-testid="canvas"
    >
      <p id="canvas-hint" className="visually-hidden">
        {t('canvas.hint')}
      </p>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onBeforeDelete={onBeforeDelete}
        onInit={onInit}
        deleteKeyCode={readOnly ? null : ['Backspace', 'Delete']}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable={!readOnly}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        {...(initialViewport ? { defaultViewport: initialViewport } : {})}
        onMoveEnd={(_, viewport) => onViewportChange?.(viewport)}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
        colorMode="system"
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background gap={24} />
        <CanvasControls />
        <DropMarker marker={marker} />
      </ReactFlow>
    </div>
  );
}
