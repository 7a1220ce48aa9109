// errorMessage knows the storage errors by name only (src/ui imports nothing app-specific):
// these cases prove the names it looks for are the ones src/db's error classes carry.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { MissingProgramError, StorageError } from '../../src/db/types';
import { errorMessage } from '../../src/ui/errorMessage';

const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('errorMessage', () => {
  it.each(['quota', 'blocked', 'unavailable', 'unknown'] as const)(
    'words a %s storage failure by its kind',
    (kind) => {
      expect(errorMessage(t, new StorageError(kind, 'x'))).toBe(`library.errors.${kind}`);
    },
  );

  it('words a program another tab removed', () => {
    expect(errorMessage(t, new MissingProgramError('p1'))).toBe('library.errors.missing');
  });

  it("falls back to the error's own message", () => {
    expect(errorMessage(t, new Error('disk on fire'))).toBe(
      'library.errors.other {"message":"disk on fire"}',
    );
    expect(errorMessage(t, 'plain')).toBe('library.errors.other {"message":"plain"}');
  });
});
