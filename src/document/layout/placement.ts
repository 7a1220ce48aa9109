/** Where on the canvas a point falls: which lane, and at which priority index. */
import type { Scenario } from '../../model';
import { readUi } from '../ops';
import {
  CARD_GAP,
  CARD_HEIGHT,
  CARD_INSET,
  CARD_WIDTH,
  LANE_WIDTH,
  cardTop,
  dropIndex,
  laneHeight,
} from './geometry';
import type { Rect } from './rect';

export interface LaneHit {
  stream: string;
  /** Priority index among the lane's cards, not counting `excluding`. */
  index: number;
}

/** The lane under a flow-coordinate point (a card's top-left corner), if any. */
export function laneAt(
  doc: Scenario,
  x: number,
  y: number,
  excluding?: { stream: string; item: string },
): LaneHit | null {
  const ui = readUi(
    (doc as { ui?: unknown }).ui,
    doc.program.streams.map((s) => s.id),
  );
  for (const stream of doc.program.streams) {
    const lane = ui.lanes[stream.id]!;
    const count = (stream.content ?? []).filter(
      (c) => !(excluding?.stream === stream.id && c.id === excluding.item),
    ).length;
    const height = laneHeight(count + 1);
    if (
      x >= lane.x - LANE_WIDTH / 3 &&
      x <= lane.x + LANE_WIDTH * 0.9 &&
      y >= lane.y - CARD_HEIGHT &&
      y <= lane.y + height
    )
      return { stream: stream.id, index: dropIndex(y - lane.y, count) };
  }
  return null;
}

/** The lane whose rectangle contains a flow-coordinate point (a dropped connection), if any. */
export function laneContaining(doc: Scenario, x: number, y: number): string | null {
  const ui = readUi(
    (doc as { ui?: unknown }).ui,
    doc.program.streams.map((s) => s.id),
  );
  const hit = doc.program.streams.find((stream) => {
    const lane = ui.lanes[stream.id]!;
    return (
      x >= lane.x &&
      x <= lane.x + LANE_WIDTH &&
      y >= lane.y &&
      y <= lane.y + laneHeight((stream.content ?? []).length)
    );
  });
  return hit?.id ?? null;
}

/** What a drag shows before the drop: the lane it goes into, and a line where the card will sit. */
export interface DropMarker {
  stream: string;
  index: number;
  lane: Rect;
  line: Rect;
}

/**
 * The marker for a card landing at `hit`, in flow coordinates. `dragged`: a card of the canvas
 * being moved; its slot stays empty while it moves, so the line skips over it.
 */
export function dropMarker(
  doc: Scenario,
  hit: LaneHit,
  dragged?: { stream: string; item: string },
): DropMarker | null {
  const stream = doc.program.streams.find((s) => s.id === hit.stream);
  if (!stream) return null;
  const content = stream.content ?? [];
  const ui = readUi(
    (doc as { ui?: unknown }).ui,
    doc.program.streams.map((s) => s.id),
  );
  const at = ui.lanes[stream.id]!;
  const own = dragged?.stream === stream.id ? content.findIndex((c) => c.id === dragged.item) : -1;
  const slot = own >= 0 && hit.index > own ? hit.index + 1 : hit.index;
  return {
    stream: stream.id,
    index: hit.index,
    lane: { x: at.x, y: at.y, width: LANE_WIDTH, height: laneHeight(content.length) },
    line: {
      x: at.x + CARD_INSET,
      y: at.y + cardTop(slot) - CARD_GAP / 2 - 2,
      width: CARD_WIDTH,
      height: 4,
    },
  };
}
