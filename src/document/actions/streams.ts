/** Stream (lane) actions: add (R2), rename, set the cadence (R17-R24). */
import type { Cadence } from '../../model';
import * as ops from '../ops';
import { defineAction } from './action';

export const addStream = defineAction<{ name: string; at?: ops.LaneLayout }>({
  name: 'addStream',
  scope: 'program',
  perform: (doc, { name, at }) => ops.addStream(doc, name, at),
});

/** Typing a name is one undo step. */
export const renameStream = defineAction<{ stream: string; name: string }>({
  name: 'renameStream',
  scope: 'program',
  perform: (doc, { stream, name }) => ops.renameStream(doc, stream, name),
  coalesceKey: ({ stream }) => stream,
});

/** `typing`: the field being typed in (first cast, time...), one undo step per field. */
export const setCadence = defineAction<{ stream: string; cadence: Cadence; typing?: string }>({
  name: 'setCadence',
  scope: 'program',
  perform: (doc, { stream, cadence }) => ops.setCadence(doc, stream, cadence),
  coalesceKey: ({ stream, typing }) => (typing === undefined ? undefined : `${stream}:${typing}`),
});
