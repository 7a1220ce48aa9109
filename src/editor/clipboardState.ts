/** What was copied in this tab: cards (pasted as new content) or a stream (pasted as a clone). */
import type { ContentItem } from '../model';

export type Clipboard =
  { kind: 'items'; items: ContentItem[] } | { kind: 'stream'; id: string } | null;

let clipboard: Clipboard = null;

export const readClipboard = (): Clipboard => clipboard;
export const writeClipboard = (value: Clipboard) => {
  clipboard = value;
};
