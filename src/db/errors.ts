// Translation of Dexie and IndexedDB failures into StorageError, so callers handle four kinds
// instead of two dozen error names. Dexie wraps the browser's error in `inner` (and sometimes
// wraps twice: OpenFailedError > VersionError), so the chain is followed to the root cause.
import { Dexie } from 'dexie';
import { StorageError, type StorageErrorKind } from './types';

const KIND_BY_NAME: Record<string, Exclude<StorageErrorKind, 'unknown'>> = {
  QuotaExceededError: 'quota',
  // The database on disk was written by a newer Lanecast (see refuseNewerVersion in db.ts).
  VersionError: 'newer',
  // Another tab holds, or is upgrading, the database.
  VersionChangeError: 'blocked',
  DatabaseClosedError: 'blocked',
  BlockedError: 'blocked',
  // IndexedDB missing, refused (some private modes, storage disabled) or broken on disk.
  MissingAPIError: 'unavailable',
  OpenFailedError: 'unavailable',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  UnknownError: 'unavailable',
  UpgradeError: 'unavailable',
  SchemaError: 'unavailable',
};

const MESSAGES: Record<StorageErrorKind, string> = {
  quota: 'Browser storage is full',
  blocked: 'The database is in use by another version of Lanecast (another tab?)',
  newer: 'The database was written by a newer version of Lanecast',
  unavailable: 'Browser storage (IndexedDB) is not available',
  unknown: 'Browser storage failed',
};

function errorChain(error: unknown): { name: string; message: string }[] {
  const chain: { name: string; message: string }[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== null && typeof current === 'object'; depth++) {
    const { name, message, inner, cause } = current as Record<string, unknown>;
    chain.push({ name: String(name ?? ''), message: String(message ?? '') });
    current = inner ?? cause;
  }
  return chain;
}

/** True for errors that come from storage, as opposed to our own (validation, missing program). */
export function isStorageFailure(error: unknown): boolean {
  if (error instanceof StorageError) return false;
  if (error instanceof Dexie.DexieError) return true;
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) return true;
  return errorChain(error).some((e) => e.name in KIND_BY_NAME);
}

/**
 * The kind of the innermost error with a known name: the root cause. Dexie reports a failed open
 * as DatabaseClosedError > OpenFailedError > (VersionError | MissingAPIError | ...) and a full
 * disk as AbortError > QuotaExceededError.
 */
export function storageErrorKind(error: unknown): StorageErrorKind {
  const kinds = errorChain(error).map((e) => KIND_BY_NAME[e.name]);
  return kinds.findLast((kind) => kind !== undefined) ?? 'unknown';
}

/** A StorageError for a storage failure, keeping the original as `cause`. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const kind = storageErrorKind(error);
  const detail = errorChain(error)
    .map((e) => (e.message ? `${e.name}: ${e.message}` : e.name))
    .join(' < ');
  return new StorageError(kind, `${MESSAGES[kind]} (${detail})`, { cause: error });
}

/** Runs a storage operation, rethrowing storage failures as StorageError and others unchanged. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error) : error;
  }
}
