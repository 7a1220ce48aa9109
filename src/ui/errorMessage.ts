/**
 * What to tell the user when a storage action fails: storage failures by kind (quota, blocked,
 * newer, unavailable, unknown), a program another tab removed, or the error's own message.
 * The errors are recognised by their `name` (src/db/types.ts sets it on each class), so this
 * bottom layer does not depend on the database code.
 */
import type { TFunction } from 'i18next';

const STORAGE_KINDS = ['quota', 'blocked', 'newer', 'unavailable', 'unknown'] as const;
type StorageKind = (typeof STORAGE_KINDS)[number];

const named = (error: unknown, name: string): error is Error & Record<string, unknown> =>
  error instanceof Error && error.name === name;

export function errorMessage(t: TFunction, error: unknown): string {
  if (named(error, 'StorageError') && STORAGE_KINDS.includes(error.kind as StorageKind))
    return t(`library.errors.${error.kind as StorageKind}`);
  if (named(error, 'MissingProgramError')) return t('library.errors.missing');
  const message = error instanceof Error ? error.message : String(error);
  return t('library.errors.other', { message });
}
