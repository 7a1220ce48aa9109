import { describe, expect, it } from 'vitest';
import { sameDocument } from '../../src/store/sameDocument';
import { nurtureA } from '../fixtures/builders';

describe('sameDocument', () => {
  it('compares what JSON would store: key order and undefined keys do not count', () => {
    expect(sameDocument({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 })).toBe(true);
    expect(sameDocument({ a: 1, gone: undefined }, { a: 1 })).toBe(true);
    expect(sameDocument(nurtureA(), JSON.parse(JSON.stringify(nurtureA())))).toBe(true);
  });

  it('finds any difference, however deep', () => {
    const changed = nurtureA();
    changed.program.streams[1]!.transitions![0]!.id = 't-other';
    expect(sameDocument(nurtureA(), changed)).toBe(false);
    expect(sameDocument({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameDocument({ a: [] }, { a: {} })).toBe(false);
    expect(sameDocument({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameDocument({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameDocument({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameDocument(null, {})).toBe(false);
  });
});
