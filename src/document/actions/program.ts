/** Program-level actions: name, time zone, status (R6), communication limits, behaviour rates. */
import * as ops from '../ops';
import { defineAction } from './action';

/** `typing`: the field being typed in, one undo step per field. */
export const updateProgram = defineAction<{ patch: ops.ProgramPatch; typing?: string }>({
  name: 'updateProgram',
  scope: 'program',
  perform: (doc, { patch }) => ops.updateProgram(doc, patch),
  coalesceKey: ({ typing }) => typing,
});
