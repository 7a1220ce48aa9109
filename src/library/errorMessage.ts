/**
 * What to tell the user when a library action fails: storage failures by kind (quota, blocked,
 * unavailable, unknown), a program another tab removed, or the error's own message.
 */
import type { TFunction } from 'i18next';
import { MissingProgramError, StorageError } from '../db/types';

export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof StorageError) return t(`library.errors.${error.kind}`);
  if (error instanceof MissingProgramError) return t('library.errors.missing');
  const message = error instanceof Error ? error.message : String(error);
  return t('library.errors.other', { message });
}
