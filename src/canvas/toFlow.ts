/**
 * The canvas as a projection of the document (dittofeed's journeyToState): one lane node per
 * stream at its stored position, its cards as child nodes in priority order (R11), an entry node
 * with an edge to the first stream (where people added to the program join), and edges for
 * transition rules (into their destination lane, R47) and batch moves (R41).
 * Pure: the same document gives equal nodes, and unchanged nodes keep their identity (see reuse).
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { BatchMove, ContentItem, Scenario, Stream, TransitionRule } from '../model';
import { readUi, type Note } from '../document/ops';
import {
  CARD_HEIGHT,
  CARD_INSET,
  CARD_WIDTH,
  ENTRY_HEIGHT,
  LANE_WIDTH,
  cardTop,
  laneHeight,
} from '../document/layout/geometry';

export const ENTRY_ID = 'entry';
/** The entry's handles: people joining the program, and rules pulling from any stream. */
export const JOIN_HANDLE = 'join';
export const ANY_HANDLE = 'any';
/** Above every lane and card (selected ones are raised by 1000, their cards by one more): an
 * edge crossing a lane stays visible and can be clicked along its whole length. */
export const EDGE_Z = 2500;
/** Arrow heads in their edge's colour (canvas.css), which follows light and dark. */
const ARROW = { type: MarkerType.ArrowClosed, width: 18, height: 18, color: 'var(--color-edge)' };
const BATCH_ARROW = { ...ARROW, color: 'var(--color-batch)' };
export const laneNodeId = (stream: string) => `lane:${stream}`;
export const cardNodeId = (stream: string, item: string) => `card:${stream}:${item}`;
export const noteNodeId = (note: string) => `note:${note}`;
export const NOTE_WIDTH = 200;

export type LaneData = { stream: Stream; index: number };
export type CardData = { stream: string; item: ContentItem; index: number };
/** `slot`: this edge's place among the edges into the same lane, to stack their labels. */
export type RuleEdgeData = { kind: 'rule'; stream: string; rule: TransitionRule; slot: number };
export type BatchEdgeData = { kind: 'batch'; batch: BatchMove; slot: number };
/** From the entry to the first stream: where people added to the program join. Not editable. */
export type JoinEdgeData = { kind: 'join'; stream: string; slot: number };

export type LaneNode = Node<LaneData, 'lane'>;
export type CardNode = Node<CardData, 'card'>;
export type EntryNode = Node<Record<string, never>, 'entry'>;
export type NoteNode = Node<{ note: Note }, 'note'>;
export type FlowNode = LaneNode | CardNode | EntryNode | NoteNode;
export type FlowEdge = Edge<RuleEdgeData | BatchEdgeData | JoinEdgeData>;

export interface Flow {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/** What screen readers call each kind of node, in the reader's language ("stream", "content"). */
export type NodeRoles = Record<FlowNode['type'], string>;

export function toFlow(doc: Scenario, roles?: NodeRoles): Flow {
  const role = (type: FlowNode['type']) =>
    roles ? { domAttributes: { 'aria-roledescription': roles[type] } } : {};
  const streams = doc.program.streams;
  const ui = readUi(
    (doc as { ui?: unknown }).ui,
    streams.map((s) => s.id),
  );
  const nodes: FlowNode[] = [
    {
      id: ENTRY_ID,
      type: 'entry',
      position: ui.entry,
      data: {},
      deletable: false,
      style: { height: ENTRY_HEIGHT }, // as wide as its words
      ...role('entry'),
    },
  ];
  streams.forEach((stream, index) => {
    const content = stream.content ?? [];
    // Parents come before their children (React Flow sub-flows).
    nodes.push({
      id: laneNodeId(stream.id),
      type: 'lane',
      position: ui.lanes[stream.id]!,
      data: { stream, index },
      style: { width: LANE_WIDTH, height: laneHeight(content.length) },
      dragHandle: '.lane__grip',
      ...role('lane'),
    });
    content.forEach((item, i) =>
      nodes.push({
        id: cardNodeId(stream.id, item.id),
        type: 'card',
        parentId: laneNodeId(stream.id),
        position: { x: CARD_INSET, y: cardTop(i) },
        data: { stream: stream.id, item, index: i },
        style: { width: CARD_WIDTH, height: CARD_HEIGHT },
        ...role('card'),
      }),
    );
  });
  for (const note of ui.notes)
    nodes.push({
      id: noteNodeId(note.id),
      type: 'note',
      position: { x: note.x, y: note.y },
      data: { note },
      style: { width: NOTE_WIDTH },
      ...role('note'),
    });
  const edges = [
    ...joinEdge(streams),
    ...ruleEdges(streams),
    ...batchEdges(doc.program.batchMoves ?? []),
  ];
  const perTarget = new Map<string, number>();
  for (const edge of edges) {
    const slot = perTarget.get(edge.target) ?? 0;
    perTarget.set(edge.target, slot + 1);
    edge.data!.slot = slot;
  }
  return { nodes, edges };
}

function joinEdge(streams: readonly Stream[]): FlowEdge[] {
  const first = streams[0];
  if (!first) return [];
  return [
    {
      id: 'join',
      source: ENTRY_ID,
      sourceHandle: JOIN_HANDLE,
      target: laneNodeId(first.id),
      type: 'join',
      markerEnd: ARROW,
      selectable: false,
      deletable: false,
      focusable: false,
      zIndex: EDGE_Z,
      data: { kind: 'join', stream: first.id, slot: 0 },
    },
  ];
}

/** Only "is added to the program": it starts where people join, the entry's first handle. */
const onJoining = (rule: TransitionRule) =>
  rule.triggers.length > 0 && rule.triggers.every((t) => t.type === 'addedToProgram');

/**
 * A rule pulls from the streams its `inStream` filters name; without one, from any stream (the
 * entry's second handle), or from joining the program when that is its only trigger.
 */
function ruleEdges(streams: readonly Stream[]): FlowEdge[] {
  const known = new Set(streams.map((s) => s.id));
  return streams.flatMap((stream) =>
    (stream.transitions ?? []).flatMap((rule) => {
      const sources = (rule.filters ?? []).flatMap((f) =>
        f.type === 'inStream' && known.has(f.stream) ? [f.stream] : [],
      );
      const from = sources.length > 0 ? sources.map(laneNodeId) : [ENTRY_ID];
      return from.map((source): FlowEdge => ({
        id: `rule:${stream.id}:${rule.id}:${source}`,
        source,
        ...(source === ENTRY_ID
          ? { sourceHandle: onJoining(rule) ? JOIN_HANDLE : ANY_HANDLE }
          : {}),
        target: laneNodeId(stream.id),
        type: 'rule',
        markerEnd: ARROW,
        zIndex: EDGE_Z,
        data: { kind: 'rule', stream: stream.id, rule, slot: 0 },
      }));
    }),
  );
}

function batchEdges(batches: readonly BatchMove[]): FlowEdge[] {
  return batches.map((batch) => ({
    id: `batch:${batch.id}`,
    source: batch.from === undefined ? ENTRY_ID : laneNodeId(batch.from),
    ...(batch.from === undefined ? { sourceHandle: ANY_HANDLE } : {}),
    target: laneNodeId(batch.to),
    type: 'batch',
    markerEnd: BATCH_ARROW,
    zIndex: EDGE_Z,
    data: { kind: 'batch', batch, slot: 0 },
  }));
}

/**
 * Keeps the previous node object where nothing changed, so React Flow keeps its measurements and
 * memoised node components do not re-render (xyflow's adoptUserNodes relies on identity).
 */
export function reuse<T extends { id: string }>(
  previous: readonly T[],
  next: T[],
  same: (a: T, b: T) => boolean,
): T[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return next.map((n) => {
    const old = byId.get(n.id);
    return old !== undefined && same(old, n) ? old : n;
  });
}
