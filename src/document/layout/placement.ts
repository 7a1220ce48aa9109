/** Where on the canvas a point falls: which lane, and at which priority index. */
import type { Scenario } from '../../model';
import { readUi } from '../ops';
import { CARD_HEIGHT, LANE_WIDTH, dropIndex, laneHeight } from './geometry';

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
