/** Sticky note actions: layout only, since notes live in the `"ui"` key and are never simulated. */
import * as ops from '../ops';
import { defineAction } from './action';

export const addNote = defineAction<{ at: ops.LaneLayout; text: string }>({
  name: 'addNote',
  scope: 'layout',
  perform: (doc, { at, text }) => ops.addNote(doc, at, text),
});

/** Typing in a note is one undo step. */
export const updateNote = defineAction<{ id: string; text: string }>({
  name: 'updateNote',
  scope: 'layout',
  perform: (doc, { id, text }) => ops.updateNote(doc, id, text),
  coalesceKey: ({ id }) => id,
});

export const moveNote = defineAction<{ id: string; to: ops.LaneLayout }>({
  name: 'moveNote',
  scope: 'layout',
  perform: (doc, { id, to }) => ops.moveNote(doc, id, to),
});
