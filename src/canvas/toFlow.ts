/**
 * The canvas as a projection of the document (dittofeed's journeyToState): one lane node per
 * stream at its stored position, its cards as child nodes in priority order (R11), an entry node,
 * and edges for transition rules (into their destination lane, R47) and batch moves (R41).
 * Pure: the same document gives equal nodes, and unchanged nodes keep their identity (see reuse).
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { BatchMove, ContentItem, Scenario, Stream, TransitionRule } from '../model';
import { readUi, type Note } from '../document/ops';
import {
  CARD_HEIGHT,
  CARD_INSET,
  CARD_WIDTH,
  LANE_WIDTH,
  cardTop,
  laneHeight,
} from '../document/layout/geometry';

export const ENTRY_ID = 'entry';
const ARROW = { type: MarkerType.ArrowClosed, width: 18, height: 18 };
export const laneNodeId = (stream: string) => `lane:${stream}`;
export const cardNodeId = (stream: string, item: string) => `card:${stream}:${item}`;
export const noteNodeId = (note: string) => `note:${note}`;
export const NOTE_WIDTH = 200;

export type LaneData = { stream: Stream; index: number };
export type CardData = { stream: string; item: ContentItem; index: number };
/** `slot`: this edge's place among the edges into the same lane, to stack their labels. */
export type RuleEdgeData = { kind: 'rule'; stream: string; rule: TransitionRule; slot: number };
export type BatchEdgeData = { kind: 'batch'; batch: BatchMove; slot: number };

export type LaneNode = Node<LaneData, 'lane'>;
export type CardNode = Node<CardData, 'card'>;
export type EntryNode = Node<Record<string, never>, 'entry'>;
export type NoteNode = Node<{ note: Note }, 'note'>;
export type FlowNode = LaneNode | CardNode | EntryNode | NoteNode;
export type FlowEdge = Edge<RuleEdgeData | BatchEdgeData>;

export interface Flow {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export function toFlow(doc: Scenario): Flow {
  const streams = doc.program.streams;
  const ui = readUi(
    (doc as { ui?: unknown }).ui,
    streams.map((s) => s.id),
  );
  const nodes: FlowNode[] = [
    { id: ENTRY_ID, type: 'entry', position: ui.entry, data: {}, deletable: false },
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
    });
    content.forEach((item, i) =>
      nodes.push({
        id: cardNodeId(stream.id, item.id),
        type: 'card',
        parentId: laneNodeId(stream.id),
        position: { x: CARD_INSET, y: cardTop(i) },
        data: { stream: stream.id, item, index: i },
        style: { width: CARD_WIDTH, height: CARD_HEIGHT },
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
    });
  const edges = [...ruleEdges(streams), ...batchEdges(doc.program.batchMoves ?? [])];
  const perTarget = new Map<string, number>();
  for (const edge of edges) {
    const slot = perTarget.get(edge.target) ?? 0;
    perTarget.set(edge.target, slot + 1);
    edge.data!.slot = slot;
  }
  return { nodes, edges };
}

/** A rule pulls from the streams its `inStream` filters name, or from anywhere (the entry node). */
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
        target: laneNodeId(stream.id),
        type: 'rule',
        markerEnd: ARROW,
        data: { kind: 'rule', stream: stream.id, rule, slot: 0 },
      }));
    }),
  );
}

function batchEdges(batches: readonly BatchMove[]): FlowEdge[] {
  return batches.map((batch) => ({
    id: `batch:${batch.id}`,
    source: batch.from === undefined ? ENTRY_ID : laneNodeId(batch.from),
    target: laneNodeId(batch.to),
    type: 'batch',
    markerEnd: ARROW,
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
