/**
 * The library's list read straight from IndexedDB, without Dexie, so the first page can show the
 * programs before (or without) loading Dexie and zod for a write. It reads only a database this
 * version of Lanecast wrote (its version and stores exactly as schema.ts says) and answers null
 * for anything else: an older database to upgrade, a newer one, a failure. The caller then asks
 * the full repository, which upgrades or reports. Creates nothing: a database that is not there
 * yet holds no programs.
 */
import { LATEST_VERSION } from './schema';
import type { ProgramRecord, ProgramSummary } from './types';

/** Dexie stores version n as IndexedDB version 10n (it allows versions like 2.1). */
const NATIVE_VERSION = LATEST_VERSION * 10;

export function readProgramList(
  name: string,
  indexedDb: IDBFactory | null = globalThis.indexedDB ?? null,
): Promise<ProgramSummary[] | null> {
  return new Promise((resolve) => {
    if (indexedDb === null) return resolve(null);
    let request: IDBOpenDBRequest;
    try {
      request = indexedDb.open(name);
    } catch {
      return resolve(null);
    }
    request.onupgradeneeded = () => {
      // No database yet: opening without a version would create an empty one. Abort that, and
      // leave creating it, with its stores, to Dexie.
      request.transaction?.abort();
      resolve([]);
    };
    request.onerror = (event) => {
      event.preventDefault(); // an aborted creation or a refusal: not an uncaught error
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close(); // never hold up another tab's upgrade
      if (db.version !== NATIVE_VERSION || !db.objectStoreNames.contains('programs')) {
        db.close();
        return resolve(null);
      }
      readLive(db).then(resolve, () => resolve(null));
    };
  });
}

/** Live programs, most recently updated first (as ProgramRepo.listPrograms orders them). */
function readLive(db: IDBDatabase): Promise<ProgramSummary[]> {
  return new Promise((resolve, reject) => {
    try {
      const transaction = db.transaction('programs', 'readonly');
      const all = transaction.objectStore('programs').index('updatedAt').getAll();
      transaction.oncomplete = () => {
        db.close();
        const records = all.result as ProgramRecord[];
        resolve(
          records
            .filter((r) => r.deletedAt === null)
            .reverse()
            .map(summaryOf),
        );
      };
      transaction.onerror = transaction.onabort = () => {
        db.close();
        reject(transaction.error);
      };
    } catch (error) {
      db.close();
      reject(error);
    }
  });
}

function summaryOf({
  id,
  name,
  streamCount,
  updatedAt,
  revision,
  variantOf,
}: ProgramRecord): ProgramSummary {
  return { id, name, streamCount, updatedAt, revision, variantOf };
}
