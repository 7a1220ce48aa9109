/**
 * Operator semantics for attribute filters and trigger conditions (spec, semantics 24): `eq ne in
 * notIn` use strict equality ("50" is not 50, case matters); `gt gte lt lte` hold only when both
 * sides are numbers or both strings; `contains` only for two strings. A missing attribute is null.
 *
 * The simulator's filters carry the operator as a number (OP, filterCheck.ts), read once when the
 * program is compiled, so a check per person and happening switches on an integer, not a string.
 */
import type { Scalar } from '../../model';

export const OP = {
  eq: 0,
  ne: 1,
  in: 2,
  notIn: 3,
  contains: 4,
  gt: 5,
  gte: 6,
  lt: 7,
  lte: 8,
  /** An operator this version does not know: never holds. */
  unknown: 9,
} as const;

/** The OP code of an operator name. */
export function opCode(op: string): number {
  switch (op) {
    case 'eq':
      return OP.eq;
    case 'ne':
      return OP.ne;
    case 'in':
      return OP.in;
    case 'notIn':
      return OP.notIn;
    case 'contains':
      return OP.contains;
    case 'gt':
      return OP.gt;
    case 'gte':
      return OP.gte;
    case 'lt':
      return OP.lt;
    case 'lte':
      return OP.lte;
  }
  return OP.unknown;
}

export function compare(actual: Scalar, op: string, expected: Scalar | Scalar[]): boolean {
  return compareOp(actual, opCode(op), expected);
}

/** `compare` with the operator as its OP code. */
export function compareOp(actual: Scalar, op: number, expected: Scalar | Scalar[]): boolean {
  switch (op) {
    case OP.eq:
      return actual === expected;
    case OP.ne:
      return actual !== expected;
    case OP.in:
      return Array.isArray(expected) && expected.includes(actual);
    case OP.notIn:
      return Array.isArray(expected) && !expected.includes(actual);
    case OP.contains:
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
    case OP.gt:
      return a > b;
    case OP.gte:
      return a >= b;
    case OP.lt:
      return a < b;
    case OP.lte:
      return a <= b;
  }
  return false;
}
