/** Deleting what is selected on the canvas as one action (one undo step). */
import * as ops from '../ops';
import type { Selected } from '../selected';
import { defineAction } from './action';

export const deleteParts = defineAction<{ parts: readonly Selected[] }>({
  name: 'deleteParts',
  scope: 'program',
  perform: (doc, { parts }) => ops.removeParts(doc, parts),
});
