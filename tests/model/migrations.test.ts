/**
 * The version track (src/model/migrations): `migrate(doc, migrations, target)` lifts a document one
 * version at a time, in order, never touching its input, and names the step it is missing.
 * Version 1 has no migrations yet, so these use synthetic ones (versions 1 to 4).
 */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  formatProblem,
  migrate,
  MIGRATIONS,
  type Migration,
} from '../../src/model';
import { doc } from './documents';

type Doc = Record<string, unknown>;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const step = (from: number, up: (d: Readonly<Doc>) => Doc): Migration => ({
  from,
  description: `synthetic ${from} -> ${from + 1}`,
  up,
});

/** Each step notes the version it read and renames or restructures something, without mutating. */
const SYNTHETIC = [
  step(3, (d) => ({ ...d, log: [...(d.log as number[]), d.version], renamed: d.old })),
  step(1, (d) => ({ ...d, log: [d.version], old: 'v1 value' })),
  step(2, (d) => {
    const { old, ...rest } = d;
    return { ...rest, log: [...(d.log as number[]), d.version], old: `${String(old)} (lifted)` };
  }),
];

describe('migrate', () => {
  it('applies the steps in version order from an old version up to the target', () => {
    const result = migrate({ format: 'lanecast', version: 1, keep: { a: 1 } }, SYNTHETIC, 4);
    expect(result).toEqual({
      ok: true,
      doc: {
        format: 'lanecast',
        version: 4,
        keep: { a: 1 },
        log: [1, 2, 3],
        old: 'v1 value (lifted)',
        renamed: 'v1 value (lifted)',
      },
    });
  });

  it('starts at the version the document has', () => {
    const result = migrate({ version: 3, log: [], old: 'x' }, SYNTHETIC, 4);
    expect(result).toEqual({ ok: true, doc: { version: 4, log: [3], old: 'x', renamed: 'x' } });
  });

  it('never mutates its input (deep-frozen here)', () => {
    const input = deepFreeze({ version: 1, nested: { list: [1, 2] } });
    const snapshot = JSON.stringify(input);
    const result = migrate(input, SYNTHETIC, 4);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(result.ok && result.doc).not.toBe(input);
  });

  it('returns a document already at the target unchanged', () => {
    const input = deepFreeze(doc());
    expect(migrate(input)).toEqual({ ok: true, doc: input });
    expect(migrate(deepFreeze({ version: 4, log: [] }), SYNTHETIC, 4)).toEqual({
      ok: true,
      doc: { version: 4, log: [] },
    });
  });

  it('has, for the real track, exactly one step from each version below the current one', () => {
    const from = MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    expect(from).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1));
  });

  it('names the missing step', () => {
    const gap = SYNTHETIC.filter((m) => m.from !== 2);
    const result = migrate({ version: 1 }, gap, 4);
    expect(!result.ok && formatProblem(result.problem)).toBe(
      'version: no migration from format version 2 to 3',
    );
  });

  it('refuses a version above the target, naming both', () => {
    const result = migrate({ version: 5 }, SYNTHETIC, 4);
    expect(!result.ok && formatProblem(result.problem)).toBe(
      'version: this file uses format version 5, written by a newer Lanecast; this one reads versions 1 to 4',
    );
  });
});
