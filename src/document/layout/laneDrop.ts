/**
 * Where a stream dropped from the palette goes. Its top-left corner lands on the drop point when
 * there is room; lanes stand in columns that never overlap, so a drop onto a lane takes the
 * nearest free column instead, preferring one the user can see. A lane never covers the program
 * entry: it goes just below it.
 */
import type { Scenario } from '../../model';
import { LANE_GAP, LANE_SPACING, readUi, type LaneLayout } from '../ops';
import { ENTRY_HEIGHT, ENTRY_WIDTH, LANE_HEADER, LANE_WIDTH, laneHeight } from './geometry';
import { clamp, grow, overlaps, type Rect } from './rect';

/** Space kept between a new lane and the entry node. */
const ENTRY_MARGIN = 24;

/**
 * `drop`: the point under the pointer, in flow coordinates. `visible`: the part of the canvas
 * the user sees, clear of overlays (controls, mini map); the lane is kept inside it when it fits.
 */
export function placeDroppedLane(doc: Scenario, drop: LaneLayout, visible?: Rect): LaneLayout {
  const ui = readUi(
    (doc as { ui?: unknown }).ui,
    doc.program.streams.map((s) => s.id),
  );
  const lanes = Object.values(ui.lanes);
  const inside = (x: number) =>
    visible === undefined || (x >= visible.x && x + LANE_WIDTH <= visible.x + visible.width);
  const wanted = {
    x: visible ? clamp(drop.x, visible.x, visible.x + visible.width - LANE_WIDTH) : drop.x,
    y: visible ? clamp(drop.y, visible.y, visible.y + visible.height - LANE_HEADER) : drop.y,
  };
  const free = (x: number) => lanes.every((lane) => Math.abs(lane.x - x) >= LANE_SPACING);
  // The drop point itself, or the column just left or right of a lane standing there.
  const columns = [
    wanted.x,
    ...lanes.flatMap((lane) => [lane.x - LANE_WIDTH - LANE_GAP, lane.x + LANE_WIDTH + LANE_GAP]),
  ].filter(free);
  const byDistance = (a: number, b: number) => Math.abs(a - wanted.x) - Math.abs(b - wanted.x);
  const x = columns.filter(inside).sort(byDistance)[0] ?? columns.sort(byDistance)[0]!;
  const entry = grow({ ...ui.entry, width: ENTRY_WIDTH, height: ENTRY_HEIGHT }, ENTRY_MARGIN);
  const lane: Rect = { x, y: wanted.y, width: LANE_WIDTH, height: laneHeight(0) };
  const y = overlaps(lane, entry) ? entry.y + entry.height : wanted.y;
  return { x: Math.round(x), y: Math.round(y) };
}
