/**
 * Where a drag on the canvas would land, decided once for both the marker shown during the drag
 * and the edit made on drop, so the two always agree. Pure: flow coordinates in, places out.
 */
import type { Scenario } from '../../model';
import type { LaneLayout } from '../../document/ops';
import { LANE_WIDTH, laneHeight } from '../../document/layout/geometry';
import { placeDroppedLane } from '../../document/layout/laneDrop';
import { dropMarker, laneAt, type DropMarker } from '../../document/layout/placement';
import type { Rect } from '../../document/layout/rect';
import type { PaletteKind } from '../paletteKinds';
import type { FlowNode } from '../toFlow';

/** What the canvas shows during a drag: a card's landing line, or the outline of a new lane. */
export type CanvasMarker =
  { kind: 'card'; marker: DropMarker; copy: boolean } | { kind: 'lane'; box: Rect };

export const sameMarker = (a: CanvasMarker | null, b: CanvasMarker | null): boolean => {
  if (a === null || b === null) return a === b;
  if (a.kind === 'lane' && b.kind === 'lane') return a.box.x === b.box.x && a.box.y === b.box.y;
  return (
    a.kind === 'card' &&
    b.kind === 'card' &&
    a.marker.stream === b.marker.stream &&
    a.marker.index === b.marker.index &&
    a.copy === b.copy
  );
};

/** A card from the palette is held by its top middle: the pointer is 20 px below its top edge. */
const cardCorner = (at: LaneLayout) => ({ x: at.x - LANE_WIDTH / 2, y: at.y - 20 });

export type PaletteTarget =
  | { kind: 'stream'; at: LaneLayout }
  | { kind: 'note'; at: LaneLayout }
  | { kind: 'email' | 'program'; marker: DropMarker };

/**
 * Where a palette element dropped at `at` goes: a stream with its top-left corner there (or the
 * nearest free place, see placeDroppedLane); a card into the lane under it; a note centred on it.
 * Null when a card is not over a lane.
 */
export function paletteTarget(
  doc: Scenario,
  kind: PaletteKind,
  at: LaneLayout,
  visible?: Rect,
): PaletteTarget | null {
  if (kind === 'stream') return { kind, at: placeDroppedLane(doc, at, visible) };
  if (kind === 'note') return { kind, at: { x: at.x - 100, y: at.y - 20 } };
  const corner = cardCorner(at);
  const hit = laneAt(doc, corner.x, corner.y);
  const marker = hit && dropMarker(doc, hit);
  return marker ? { kind, marker } : null;
}

/** The marker for a palette target (none for a note: it goes where it is dropped). */
export function paletteMarker(target: PaletteTarget | null): CanvasMarker | null {
  if (target === null || target.kind === 'note') return null;
  if (target.kind === 'stream')
    return { kind: 'lane', box: { ...target.at, width: LANE_WIDTH, height: laneHeight(0) } };
  return { kind: 'card', marker: target.marker, copy: false };
}

/** Where a card being dragged on the canvas would land: its lane and place, by its top-left. */
export function cardTarget(
  doc: Scenario,
  nodes: readonly FlowNode[],
  card: FlowNode & { type: 'card' },
): DropMarker | null {
  const lane = nodes.find((n) => n.id === card.parentId);
  const x = (lane?.position.x ?? 0) + card.position.x;
  const y = (lane?.position.y ?? 0) + card.position.y;
  const dragged = { stream: card.data.stream, item: card.data.item.id };
  const hit = laneAt(doc, x, y, dragged);
  return hit && dropMarker(doc, hit, dragged);
}
