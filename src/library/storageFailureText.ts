/**
 * Why storage refused an imported file, in plain words for the import dialog: browser storage
 * full, locked by another version, unavailable, failed; or a document the browser cannot copy
 * into storage (nested too deeply or too large: structured cloning throws a RangeError or a
 * DataCloneError). Anything else quotes the error's first line, shortened.
 */
import type { TFunction } from 'i18next';
import { StorageError } from '../db/types';

/** Longest error message quoted. */
const MAX_QUOTED = 200;

/** The error and what it wraps (Dexie's `inner`, a StorageError's `cause`), outermost first. */
function chain(error: unknown): unknown[] {
  const errors: unknown[] = [];
  let current = error;
  for (let depth = 0; depth < 6 && current !== null && typeof current === 'object'; depth++) {
    errors.push(current);
    const { inner, cause } = current as { inner?: unknown; cause?: unknown };
    current = inner ?? cause;
  }
  return errors;
}

const nameOf = (error: unknown) => String((error as { name?: unknown }).name ?? '');

/** True when the browser could not copy the document into storage at all. */
function cannotCopy(error: unknown): boolean {
  return chain(error).some((e) => e instanceof RangeError || nameOf(e) === 'DataCloneError');
}

export function storageFailureText(error: unknown, t: TFunction): string {
  if (cannotCopy(error)) return t('library.importProblems.storage.tooLarge');
  if (error instanceof StorageError && error.kind !== 'unknown')
    return t(`library.importProblems.storage.${error.kind}`);
  if (error instanceof StorageError) return t('library.importProblems.storage.unknown');
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n', 1)[0]!.trim();
  const message = first.length > MAX_QUOTED ? `${first.slice(0, MAX_QUOTED)}…` : first;
  return t('library.importProblems.storage.other', { message });
}
