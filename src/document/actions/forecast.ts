/**
 * The exhaustion forecast's hints, each one click and one undo step (R8, R41): content for a stream
 * whose members run dry, a slower cadence, a daily move of those who run dry to another stream.
 */
import * as ops from '../ops';
import { defineAction } from './action';

/** `names`: one per new email, in the reader's language ("New email 1"...). */
export const addActiveEmails = defineAction<{ stream: string; names: string[] }>({
  name: 'addActiveEmails',
  scope: 'program',
  perform: (doc, { stream, names }) => ops.addActiveEmails(doc, stream, names),
});

export const castLessOften = defineAction<{ stream: string; every: number }>({
  name: 'castLessOften',
  scope: 'program',
  perform: (doc, { stream, every }) => ops.setCadenceEvery(doc, stream, every),
});

/** The rule book's "move when exhausted" batch (R41), daily at 07:00. */
export const moveWhenRunDry = defineAction<{ from: string; to: string }>({
  name: 'moveWhenRunDry',
  scope: 'program',
  perform: (doc, { from, to }) => ops.addBatchMove(doc, from, to),
});
