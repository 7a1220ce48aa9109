/**
 * The shape check (src/model/limits.ts) walks with one frame per level instead of a stack of
 * every value waiting: it must find the same depth and `__proto__` problems as before, in files
 * and in documents handed over in memory, where values may be shared or form a cycle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShape } from '../../src/model/limits';
import { mutatedFile, nested } from '../fixtures/hostileFiles';
import { checkShape as checkShapeBefore } from './oracles/limitsBefore';

/** `value` inside `levels` arrays. */
function wrapped(value: unknown, levels: number): unknown {
  let out = value;
  for (let i = 0; i < levels; i++) out = [out];
  return out;
}

/**
 * One value reached by two paths past the depth limit, at depths 70 and 80: only the path
 * walked first measures its inside, so the depth reported depends on the order of the walk.
 */
function sharedDeep(): object {
  const shared = { leaf: nested(30) };
  return {
    a: wrapped(shared, 68),
    b: wrapped(shared, 78),
    c: JSON.parse('{"__proto__": 1}') as object,
  };
}

function cycle(): object {
  const a: Record<string, unknown> = { name: 'a' };
  const b: Record<string, unknown> = { name: 'b', list: [a] };
  a.b = b;
  return { root: [nested(62, 'object'), a] };
}

describe('the shape check', () => {
  it('finds the same problems as before in hostile files', () => {
    fc.assert(
      fc.property(mutatedFile, (text) => {
        const raw = JSON.parse(text) as unknown;
        expect(checkShape(raw)).toStrictEqual(checkShapeBefore(raw));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it.each([
    ['shared values past the limit', sharedDeep],
    ['a cycle', cycle],
    ['a 10,000-deep array', () => ({ program: nested(10_000) })],
  ])('finds the same problems as before with %s', (_, make) => {
    const now = checkShape(make());
    expect(now.length).toBeGreaterThan(0);
    expect(now).toStrictEqual(checkShapeBefore(make()));
  });
});
