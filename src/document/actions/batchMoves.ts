/** Batch move actions (R41): a daily move of people from one stream to another. */
import type { BatchMove } from '../../model';
import * as ops from '../ops';
import { defineAction } from './action';

/** "Move when exhausted": 07:00 by default. */
export const addBatchMove = defineAction<{ from: string; to: string }>({
  name: 'addBatchMove',
  scope: 'program',
  perform: (doc, { from, to }) => ops.addBatchMove(doc, from, to),
});

/** `typing`: a value typed into the batch move, so a word is one undo step. */
export const updateBatchMove = defineAction<{ batch: BatchMove; typing?: boolean }>({
  name: 'updateBatchMove',
  scope: 'program',
  perform: (doc, { batch }) => ops.updateBatchMove(doc, batch),
  coalesceKey: ({ batch, typing }) => (typing ? batch.id : undefined),
});

export const removeBatchMove = defineAction<{ id: string }>({
  name: 'removeBatchMove',
  scope: 'program',
  perform: (doc, { id }) => ops.removeBatchMove(doc, id),
});
