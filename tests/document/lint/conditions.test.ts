// The conservative "can both hold" test behind overlapping rules (R49, semantics 24).
import { describe, expect, it } from 'vitest';
import { compatible, type Comparison } from '../../../src/document/lint/conditions';

const c = (op: Comparison['op'], value: Comparison['value']): Comparison => ({ op, value });

describe('R49: comparisons that obviously exclude each other', () => {
  it.each([
    [c('eq', 'CA'), c('eq', 'US')],
    [c('eq', 'CA'), c('ne', 'CA')],
    [c('in', ['CA', 'US']), c('notIn', ['CA', 'US'])],
    [c('eq', '50'), c('gte', 10)], // semantics 24: "50" is not a number
    [c('gt', 10), c('lt', 5)],
    [c('gte', 10), c('lt', 10)],
    [c('gt', 10), c('lte', 10)],
  ])('%o and %o', (a, b) => {
    expect(compatible(a, b)).toBe(false);
    expect(compatible(b, a)).toBe(false);
  });

  it.each([
    [c('eq', 'CA'), c('in', ['CA', 'US'])],
    [c('gte', 10), c('lte', 10)],
    [c('gt', 10), c('gt', 20)],
    [c('ne', 'CA'), c('ne', 'US')],
    [c('contains', 'a'), c('eq', 'abc')],
  ])('not %o and %o', (a, b) => {
    expect(compatible(a, b)).toBe(true);
    expect(compatible(b, a)).toBe(true);
  });
});
