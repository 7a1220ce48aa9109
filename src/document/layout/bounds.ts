/** The box around everything drawn on a program's canvas: entry, lanes and notes. */
import type { Scenario } from '../../model';
import { readUi } from '../ops';
import { ENTRY_HEIGHT, ENTRY_WIDTH, LANE_WIDTH, laneHeight } from './geometry';
import type { Rect } from './rect';

/** Notes grow with their text; this is their usual size. */
const NOTE_BOX = { width: 200, height: 120 };

export function contentBounds(doc: Scenario): Rect {
  const ui = readUi(
    (doc as { ui?: unknown }).ui,
    doc.program.streams.map((s) => s.id),
  );
  const boxes: Rect[] = [
    { ...ui.entry, width: ENTRY_WIDTH, height: ENTRY_HEIGHT },
    ...doc.program.streams.map((s) => ({
      ...ui.lanes[s.id]!,
      width: LANE_WIDTH,
      height: laneHeight((s.content ?? []).length),
    })),
    ...ui.notes.map((n) => ({ x: n.x, y: n.y, ...NOTE_BOX })),
  ];
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}
