// Revision history queries, run inside ProgramRepo's transactions: a program's snapshots in
// [programId+savedAt] order and the cap that drops the oldest.
import { Dexie } from 'dexie';
import type { Scenario } from '../model';
import type { LanecastDB } from './db';
import { mirrored } from './records';
import type { RevisionRecord } from './types';

/** Revisions kept per program; adding one more drops the oldest. */
export const REVISION_LIMIT = 50;

/** Oldest first; equal savedAt times keep insertion order (the auto-increment id). */
export function revisionsOf(db: LanecastDB, programId: string) {
  return db.revisions
    .where('[programId+savedAt]')
    .between([programId, Dexie.minKey], [programId, Dexie.maxKey]);
}

/** Adds a snapshot and drops the oldest beyond REVISION_LIMIT. Call inside a rw transaction. */
export async function appendRevision(
  db: LanecastDB,
  programId: string,
  document: Scenario,
  savedAt: number,
): Promise<RevisionRecord> {
  const record: RevisionRecord = {
    programId,
    savedAt,
    document,
    streamCount: mirrored(document).streamCount,
  };
  record.id = await db.revisions.add(record);
  const excess = (await revisionsOf(db, programId).count()) - REVISION_LIMIT;
  if (excess > 0) {
    const oldest = await revisionsOf(db, programId).limit(excess).primaryKeys();
    await db.revisions.bulkDelete(oldest);
  }
  return record;
}
