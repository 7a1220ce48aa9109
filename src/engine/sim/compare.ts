/**
 * Operator semantics for attribute filters and trigger conditions (spec, semantics 24): `eq ne in
 * notIn` use strict equality ("50" is not 50, case matters); `gt gte lt lte` hold only when both
 * sides are numbers or both strings; `contains` only for two strings. A missing attribute is null.
 */
import type { Scalar } from '../../model';

export function compare(actual: Scalar, op: string, expected: Scalar | Scalar[]): boolean {
  switch (op) {
    case 'eq':
      return actual === expected;
    case 'ne':
      return actual !== expected;
    case 'in':
      return Array.isArray(expected) && expected.includes(actual);
    case 'notIn':
      return Array.isArray(expected) && !expected.includes(actual);
    case 'contains':
      return (
        typeof actual === 'string' && typeof expected === 'string' && actual.includes(expected)
      );
  }
  const comparable =
    (typeof actual === 'number' && typeof expected === 'number') ||
    (typeof actual === 'string' && typeof expected === 'string');
  if (!comparable) return false;
  const a = actual as number | string;
  const b = expected as number | string;
  switch (op) {
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
  }
  return false;
}
