/**
 * A drag on the canvas, committed once: where lanes, notes and the program entry now stand. Only
 * the `"ui"` key changes (lanes still never overlap: each goes right past any lane in its way).
 */
import type { Scenario } from '../../model';
import { done, withUi, type EditResult } from './result';
import { moveNote } from './notes';
import { moveLane, rawUi } from './streams';
import { readUi, type LaneLayout } from './ui';

export interface CanvasLayout {
  /** By stream id, placed in this order, each going right past any lane standing in its way. */
  lanes: ReadonlyMap<string, LaneLayout>;
  /** By note id. */
  notes: ReadonlyMap<string, LaneLayout>;
  entry?: LaneLayout;
}

export function arrange(doc: Scenario, layout: CanvasLayout): EditResult {
  let next = doc;
  for (const [id, at] of layout.lanes) {
    const result = moveLane(next, id, at);
    if (result.ok) next = result.doc;
  }
  const notes = new Map(readUi((doc as { ui?: unknown }).ui, []).notes.map((n) => [n.id, n]));
  for (const [id, at] of layout.notes) {
    const note = notes.get(id);
    if (note && note.x === Math.round(at.x) && note.y === Math.round(at.y)) continue;
    const result = moveNote(next, id, at);
    if (result.ok) next = result.doc;
  }
  if (layout.entry) next = withUi(next, { ...rawUi(next), entry: layout.entry });
  return done(next);
}
