/** Canvas layout actions: where lanes and the program entry stand. They never change the program. */
import * as ops from '../ops';
import { defineAction } from './action';

export const moveLane = defineAction<{ stream: string; to: ops.LaneLayout }>({
  name: 'moveLane',
  scope: 'layout',
  perform: (doc, { stream, to }) => ops.moveLane(doc, stream, to),
});

/** A drag of lanes, notes or the entry, committed once on drag stop (one undo step). */
export const arrangeCanvas = defineAction<ops.CanvasLayout>({
  name: 'arrangeCanvas',
  scope: 'layout',
  perform: (doc, layout) => ops.arrange(doc, layout),
});

/** Lanes, notes or the entry moved with the arrow keys: a burst of presses is one undo step. */
export const nudgeCanvas = defineAction<ops.CanvasLayout>({
  name: 'nudgeCanvas',
  scope: 'layout',
  perform: (doc, layout) => ops.arrange(doc, layout),
  coalesceKey: () => 'keyboard',
});
