// upgradeToV2 (2026-11-23): V1 program rows had neither `revision` nor `deletedAt`.
// Every old row becomes live (deletedAt: null) at revision 1.
import type { Transaction } from 'dexie';

/** A program row as V1 wrote it; fields V2 added are absent. */
interface ProgramRowV1 {
  id: string;
  updatedAt: number;
  revision?: number;
  deletedAt?: number | null;
  [key: string]: unknown;
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<ProgramRowV1, string>('programs')
    .toCollection()
    .modify((row) => {
      row.revision ??= 1;
      row.deletedAt ??= null;
    });
}
