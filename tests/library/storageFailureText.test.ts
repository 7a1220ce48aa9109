// Why storage refused an imported file, in words (src/library/storageFailureText.ts): each kind of
// storage failure its own sentence; a document the browser cannot copy into storage (too deep or
// too large: a RangeError or DataCloneError, bare or wrapped) says so; anything else is quoted,
// first line only and shortened, so a 50 MB message cannot flood the dialog.
import { describe, expect, it } from 'vitest';
import { StorageError } from '../../src/db/types';
import { createI18n } from '../../src/i18n/createI18n';
import { storageFailureText } from '../../src/library/storageFailureText';
import { memoryStorage } from '../fixtures/memoryStorage';

const i18n = createI18n(memoryStorage());
const t = i18n.getFixedT('en');

describe('storageFailureText', () => {
  it('words each kind of storage failure', () => {
    const text = (kind: StorageError['kind']) =>
      storageFailureText(new StorageError(kind, 'raw detail'), t);
    expect(text('quota')).toMatch(/^not stored, because browser storage is full/);
    expect(text('blocked')).toMatch(/locked by a Lanecast tab with a different version/);
    expect(text('unavailable')).toMatch(/does not let Lanecast keep data/);
    expect(text('unknown')).toMatch(/^not stored, because browser storage failed/);
    for (const kind of ['quota', 'blocked', 'unavailable', 'unknown'] as const)
      expect(text(kind)).not.toContain('raw detail');
  });

  it('says a document too deep or too large to copy is why, bare or wrapped', () => {
    const tooLarge =
      'not stored, because the browser cannot keep a document this large or this deeply nested';
    const clone = new DOMException('could not be cloned', 'DataCloneError');
    expect(storageFailureText(new RangeError('Maximum call stack size exceeded'), t)).toBe(
      tooLarge,
    );
    expect(storageFailureText(clone, t)).toBe(tooLarge);
    expect(storageFailureText(new StorageError('unknown', 'x', { cause: clone }), t)).toBe(
      tooLarge,
    );
  });

  it('quotes anything else by its first line, shortened', () => {
    const long = `TypeError: ${'x'.repeat(5000)}\n    at somewhere`;
    const text = storageFailureText(new Error(long), t);
    expect(text.startsWith('not stored, because the browser reported an error (TypeError: x')).toBe(
      true,
    );
    expect(text.length).toBeLessThan(300);
    expect(text).not.toContain('somewhere');
  });

  it('speaks German and French', () => {
    const quota = new StorageError('quota', '');
    expect(storageFailureText(quota, i18n.getFixedT('de'))).toMatch(/^nicht gespeichert, weil/);
    expect(storageFailureText(quota, i18n.getFixedT('fr'))).toMatch(/^non enregistré, car/);
  });
});
