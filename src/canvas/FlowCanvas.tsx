/**
 * The program canvas. The document is the truth; nodes are its projection (toFlow), kept locally
 * only while something is being dragged. A drag commits once, on drag stop, as one edit.
 */
import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type FinalConnectionState,
  type EdgeChange,
  type NodeChange,
  type OnBeforeDelete,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addItem, moveItem, placeCopy } from '../document/actions/content';
import { deleteParts } from '../document/actions/deletion';
import { arrangeCanvas } from '../document/actions/layout';
import { addNote } from '../document/actions/notes';
import { addRule } from '../document/actions/rules';
import { addStream } from '../document/actions/streams';
import type { Scenario } from '../model';
import { editorStore, useEditor } from '../store/useEditor';
import { BatchEdge, RuleEdge } from './edges/RuleEdge';
import { layoutOf } from './fromFlow';
import { LANE_WIDTH } from '../document/layout/geometry';
import { CardNode } from './nodes/CardNode';
import { EntryNode } from './nodes/EntryNode';
import { LaneNode } from './nodes/LaneNode';
import { NoteNode } from './nodes/NoteNode';
import { PALETTE_MIME, type PaletteKind } from './paletteKinds';
import { laneAt, laneContaining } from '../document/layout/placement';
import {
  cardNodeId,
  ENTRY_ID,
  laneNodeId,
  reuse,
  toFlow,
  type FlowEdge,
  type FlowNode,
} from './toFlow';
import { selectionFrom, syncSelection, withSelection } from './selection';
import { useCanvasKeys } from './useCanvasKeys';
import type { Selected } from '../document/selected';

const nodeTypes = { lane: LaneNode, card: CardNode, entry: EntryNode, note: NoteNode };
const edgeTypes = { rule: RuleEdge, batch: BatchEdge };
const selectDoc = (s: { doc: Scenario | null }) => s.doc;
const selectSelection = (s: { selection: Selected[] }) => s.selection;

const sameNode = (a: FlowNode, b: FlowNode): boolean => {
  if (a.type !== b.type || a.position.x !== b.position.x || a.position.y !== b.position.y)
    return false;
  if (a.type === 'card' && b.type === 'card')
    return a.data.item === b.data.item && a.data.index === b.data.index;
  if (a.type === 'lane' && b.type === 'lane')
    return a.data.stream === b.data.stream && a.data.index === b.data.index;
  if (a.type === 'note' && b.type === 'note') return a.data.note.text === b.data.note.text;
  return true;
};

export interface FlowCanvasProps {
  /** Where the user left the canvas; null fits the whole program into view. */
  initialViewport?: Viewport | null;
  onViewportChange?: (viewport: Viewport) => void;
}

export function FlowCanvas({ initialViewport = null, onViewportChange }: FlowCanvasProps) {
  const { t } = useTranslation();
  const doc = useEditor(selectDoc);
  const { screenToFlowPosition, getInternalNode, getViewport, setCenter } = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const keys = useCanvasKeys();
  const flow = useMemo(() => (doc ? toFlow(doc) : { nodes: [], edges: [] as FlowEdge[] }), [doc]);
  const selection = useEditor(selectSelection);
  const [nodes, setNodes] = useState<FlowNode[]>(() => withSelection(flow.nodes, selection));
  // The store's selection shows on the canvas, wherever it was made (a problem, the inspector).
  const [shownSelection, setShownSelection] = useState(selection);
  if (shownSelection !== selection) {
    setShownSelection(selection);
    setNodes((current) => withSelection(current, selection));
  }
  const edges = useMemo(() => withSelection(flow.edges, selection), [flow, selection]);
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

  // Selection comes from the user's clicks (React Flow's `select` changes), not from
  // onSelectionChange, which also reports the empty selection React Flow starts with.
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      syncSelection(changes, (id) => nodes.find((n) => n.id === id), 'node');
    },
    [nodes],
  );

  const onNodeDragStop = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, node: FlowNode) => {
      const state = editorStore.getState();
      const current = state.doc;
      if (current === null) return;
      if (node.type !== 'card') {
        state.apply(arrangeCanvas, layoutOf(nodes.map((n) => (n.id === node.id ? node : n))));
        return resync();
      }
      const lane = nodes.find((n) => n.id === node.parentId);
      const x = (lane?.position.x ?? 0) + node.position.x;
      const y = (lane?.position.y ?? 0) + node.position.y;
      const { stream, item } = node.data;
      const hit = laneAt(current, x, y, { stream, item: item.id });
      const copy =
        (event.altKey || event.ctrlKey || event.metaKey) && hit !== null && hit.stream !== stream;
      const applied =
        hit !== null &&
        state.apply(
          copy ? placeCopy : moveItem,
          { from: stream, item: item.id, to: hit.stream, index: hit.index },
          { select: [{ kind: 'item', stream: hit.stream, id: item.id }] },
        ).ok;
      if (!applied) resync(); // snap back to where the document says it is
    },
    [nodes, resync],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME) as PaletteKind | '';
      if (kind === '') return;
      event.preventDefault();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const { doc: current, apply } = editorStore.getState();
      if (current === null) return;
      if (kind === 'note') {
        apply(addNote, { at: { x: at.x - 100, y: at.y - 20 }, text: '' }, { select: [] });
        return;
      }
      if (kind === 'stream') {
        const lane = { x: Math.round(at.x - LANE_WIDTH / 2), y: Math.round(at.y - 20) };
        apply(
          addStream,
          { name: t('palette.newStream'), at: lane },
          { select: (id) => ({ kind: 'stream', id }) },
        );
        return;
      }
      const hit = laneAt(current, at.x - LANE_WIDTH / 2, at.y - 20);
      if (hit === null) return;
      const name = t(kind === 'email' ? 'palette.newEmail' : 'palette.newProgram');
      apply(
        addItem,
        { stream: hit.stream, index: hit.index, type: kind, name },
        { select: (id) => ({ kind: 'item', stream: hit.stream, id }) },
      );
    },
    [screenToFlowPosition, t],
  );

  const onConnect = useCallback(
    (connection: Connection) => addRuleBetween(connection.source, connection.target),
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
      if (target !== null) addRuleBetween(state.fromNode.id, laneNodeId(target));
    },
    [screenToFlowPosition],
  );

  // A selection made elsewhere (a problem, a new element) is brought into view if it is not.
  useEffect(() => {
    const nodeId = focusNodeOf(selection[0], editorStore.getState().doc);
    const node = nodeId === null ? undefined : getInternalNode(nodeId);
    const rect = wrapper.current?.getBoundingClientRect();
    if (!node || !rect) return;
    const { x, y } = node.internals.positionAbsolute;
    const w = Math.min(node.measured.width ?? 0, LANE_WIDTH);
    const h = Math.min(node.measured.height ?? 0, 240);
    const view = getViewport();
    const left = -view.x / view.zoom;
    const top = -view.y / view.zoom;
    const inView =
      x >= left &&
      y >= top &&
      x + w <= left + rect.width / view.zoom &&
      y + h <= top + rect.height / view.zoom;
    if (!inView) void setCenter(x + w / 2, y + h / 2, { zoom: view.zoom, duration: 250 });
  }, [selection, getInternalNode, getViewport, setCenter]);

  // Edges are drawn from the document; a click on one selects it through the store.
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) =>
      syncSelection(changes, (id) => flow.edges.find((e) => e.id === id), 'edge'),
    [flow],
  );

  const onBeforeDelete: OnBeforeDelete<FlowNode, FlowEdge> = useCallback(async (elements) => {
    const parts = selectionFrom(elements.nodes, elements.edges);
    editorStore.getState().apply(deleteParts, { parts }, { select: [] });
    return false; // the projection removes them from the canvas
  }, []);

  return (
    <div
      className="canvas"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      onKeyDownCapture={keys.onKeyDownCapture}
      onKeyUp={keys.onKeyUp}
      aria-label={t('editor.canvas')}
      role="region"
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onBeforeDelete={onBeforeDelete}
        deleteKeyCode={['Backspace', 'Delete']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        {...(initialViewport ? { defaultViewport: initialViewport } : { fitView: true })}
        onMoveEnd={(_, viewport) => onViewportChange?.(viewport)}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
        colorMode="system"
      >
        <Background gap={24} />
        <MiniMap pannable zoomable style={{ width: 150, height: 96 }} />
        <Controls />
      </ReactFlow>
    </div>
  );
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

/** A rule on the target lane pulling people from the source lane, or from anywhere (entry node). */
function addRuleBetween(sourceNode: string, targetNode: string) {
  const target = targetNode.replace(/^lane:/, '');
  const source = sourceNode === ENTRY_ID ? null : sourceNode.replace(/^lane:/, '');
  if (source === target || !targetNode.startsWith('lane:')) return;
  editorStore
    .getState()
    .apply(
      addRule,
      { to: target, from: source, trigger: { type: 'fillsOutForm' } },
      { select: (id) => ({ kind: 'rule', stream: target, id }) },
    );
}
