/**
 * Content actions: add a card (R8), move it (R11), place it in a second lane (R14), edit, remove;
 * and edits of several cards at once (a multi-selection, "Activate all"), each one undo step.
 */
import type { ContentItem } from '../../model';
import * as ops from '../ops';
import { defineAction } from './action';

export const addItem = defineAction<{
  stream: string;
  index: number;
  type: ContentItem['type'];
  name: string;
}>({
  name: 'addItem',
  scope: 'program',
  perform: (doc, { stream, index, type, name }) => ops.addItem(doc, stream, index, type, name),
});

interface Placement {
  from: string;
  item: string;
  to: string;
  index: number;
}

/** To `index` of `to`; the same stream: a new priority. */
export const moveItem = defineAction<Placement>({
  name: 'moveItem',
  scope: 'program',
  perform: (doc, { from, item, to, index }) => ops.moveItem(doc, from, item, to, index),
});

export const placeCopy = defineAction<Placement>({
  name: 'placeCopy',
  scope: 'program',
  perform: (doc, { from, item, to, index }) => ops.placeCopy(doc, from, item, to, index),
});

/** `typing`: the field being typed in (name, a date, a rate...), one undo step per field. */
export const updateItem = defineAction<{
  stream: string;
  item: string;
  patch: ops.ItemPatch;
  typing?: string;
}>({
  name: 'updateItem',
  scope: 'program',
  perform: (doc, { stream, item, patch }) => ops.updateItem(doc, stream, item, patch),
  coalesceKey: ({ item, typing }) => (typing === undefined ? undefined : `${item}:${typing}`),
});

export const setItemType = defineAction<{ item: string; type: ContentItem['type'] }>({
  name: 'setItemType',
  scope: 'program',
  perform: (doc, { item, type }) => ops.setItemType(doc, item, type),
});

export const removeItem = defineAction<{ stream: string; item: string }>({
  name: 'removeItem',
  scope: 'program',
  perform: (doc, { stream, item }) => ops.removeItem(doc, stream, item),
});

/** Several cards on or off (a multi-selection). */
export const setItemsActive = defineAction<{ items: readonly ops.Placement[]; active: boolean }>({
  name: 'setItemsActive',
  scope: 'program',
  perform: (doc, { items, active }) => ops.setItemsActive(doc, items, active),
});

/** "Activate all" (R8): every item of one stream on. */
export const activateAll = defineAction<{ stream: string }>({
  name: 'activateAll',
  scope: 'program',
  perform: (doc, { stream }) => ops.activateAll(doc, stream),
});

/** Several cards to the bottom of another stream, in the order they are shown. */
export const moveItems = defineAction<{ items: readonly ops.Placement[]; to: string }>({
  name: 'moveItems',
  scope: 'program',
  perform: (doc, { items, to }) => ops.moveItems(doc, items, to),
});
