/**
 * What the bookmarks menu needs from storage, as a narrow port (like the version history's): the
 * editor page wires it to the program's rows in IndexedDB, tests to whatever they like, and the
 * preview never reaches the database itself.
 */
import type { QueryKey } from '@tanstack/react-query';
import { createContext } from 'react';

/** A saved moment of the preview: the date cursor, the person followed, the view shown. */
export interface Bookmark {
  id: string;
  /** Null until named: the list words the moment instead (its date and person). */
  name: string | null;
  cursorDay: number | null;
  person: string | null;
  view: string;
}

export type Moment = Pick<Bookmark, 'cursorDay' | 'person' | 'view'>;

export interface BookmarkPort {
  /** The open program's bookmarks, oldest first. */
  list(): Promise<Bookmark[]>;
  add(moment: Moment): Promise<unknown>;
  /** A blank name goes back to the worded one. */
  rename(id: string, name: string): Promise<unknown>;
  remove(id: string): Promise<unknown>;
  /** The query key the list is cached under. */
  readonly key: QueryKey;
}

/** Null: no storage (the menu is not shown). */
export const BookmarkPortContext = createContext<BookmarkPort | null>(null);
