// upgradeToV4 (2026-12-02): program rows gain `variantOf` (what-if variants). Every existing row
// is an original: variantOf null. Nothing else in the row changes.
import type { Transaction } from 'dexie';

/** A program row as V2 wrote it; the field V4 added is absent. */
interface ProgramRowV2 {
  id: string;
  variantOf?: string | null;
  [key: string]: unknown;
}

export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table<ProgramRowV2, string>('programs')
    .toCollection()
    .modify((row) => {
      row.variantOf ??= null;
    });
}
