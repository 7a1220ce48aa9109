/** Paste actions: cards as new content (R8), a stream as a clone (R4). */
import type { ContentItem } from '../../model';
import * as ops from '../ops';
import { defineAction } from './action';

export const pasteItems = defineAction<{
  stream: string;
  index: number;
  items: readonly ContentItem[];
}>({
  name: 'pasteItems',
  scope: 'program',
  perform: (doc, { stream, index, items }) => ops.pasteItems(doc, stream, index, items),
});

export const cloneStream = defineAction<{ stream: string; name: string }>({
  name: 'cloneStream',
  scope: 'program',
  perform: (doc, { stream, name }) => ops.cloneStream(doc, stream, name),
});
