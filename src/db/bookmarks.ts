// Bookmarks of a program's preview (saved moments), each a row of the `bookmarks` table keyed by
// its own id and found by `programId`. ProgramRepo runs these; a program purged for good takes
// its bookmarks with it (purgeDeleted).
import type { LanecastDB } from './db';
import type { BookmarkRecord } from './types';

export type NewBookmark = Pick<BookmarkRecord, 'programId' | 'cursorDay' | 'person' | 'view'>;

/** Oldest first. */
export async function bookmarksOf(db: LanecastDB, programId: string): Promise<BookmarkRecord[]> {
  const rows = await db.bookmarks.where('programId').equals(programId).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export async function addBookmark(
  db: LanecastDB,
  moment: NewBookmark,
  now: number,
): Promise<BookmarkRecord> {
  const record: BookmarkRecord = { ...moment, id: crypto.randomUUID(), name: null, createdAt: now };
  await db.bookmarks.add(record);
  return record;
}

/** An empty or blank name goes back to the worded default. */
export async function renameBookmark(db: LanecastDB, id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  await db.bookmarks.update(id, { name: trimmed === '' ? null : trimmed });
}

export async function deleteBookmark(db: LanecastDB, id: string): Promise<void> {
  await db.bookmarks.delete(id);
}
