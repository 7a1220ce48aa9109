// Dexie schema, one dated block per version (lobe-chat style). A block that shipped is never
// edited: a change is a new block spreading the previous one, plus a named upgrader if rows must
// change (src/db/upgrades/). Keep every version with an upgrader while users may still have it.

// ============================================================
// V1, 2026-11-23: the program library, one row per program.
// Rows: id, name, document, streamCount, createdAt, updatedAt.
// ============================================================
export const dbSchemaV1 = {
  programs: 'id, updatedAt',
};

// ============================================================
// V2, 2026-11-23: soft delete, multi-tab revisions, history and settings.
// programs gains `revision` and `deletedAt` (filled by upgradeToV2); `deletedAt` is indexed
// for purging. IndexedDB leaves null out of an index, so only deleted rows are in it: live rows
// are found by filtering, not by `where('deletedAt')`.
// revisions: snapshots of a program's document, newest found by [programId+savedAt].
// settings: small app preferences by key.
// ============================================================
export const dbSchemaV2 = {
  ...dbSchemaV1,
  programs: 'id, updatedAt, deletedAt',
  revisions: '++id, programId, [programId+savedAt]',
  settings: 'key',
};

// ============================================================
// V3, 2026-12-02: bookmarks, saved moments of a program's preview (date cursor, followed person,
// view), listed per program by `programId`. A new table: existing rows stay as they are.
// ============================================================
export const dbSchemaV3 = {
  ...dbSchemaV2,
  bookmarks: 'id, programId',
};

// ============================================================
// V4, 2026-12-02: what-if variants.
// programs gains `variantOf`: the id of the program a variant was made from (null for others;
// filled by upgradeToV4), indexed to find a program's variants. A variant of a variant links to
// the same original, so a family is one original and its variants.
// ============================================================
export const dbSchemaV4 = {
  ...dbSchemaV3,
  programs: 'id, updatedAt, deletedAt, variantOf',
};

export const LATEST_VERSION = 4;

/** The app's database. (Here, not in db.ts, so quickList.ts can name it without loading Dexie.) */
export const DEFAULT_DATABASE_NAME = 'lanecast';
