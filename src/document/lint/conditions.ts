/**
 * Whether two comparisons on the same value can both hold, judged conservatively: "no" only when
 * that is obvious (eq 1 and eq 2; gt 10 and lt 5), "maybe" otherwise. Used to tell overlapping
 * transition rules (R49) from rules whose triggers or filters exclude each other.
 * The operators mean what the simulator makes of them (spec, semantics 24).
 */
import type { Operator, Scalar } from '../../model';

export interface Comparison {
  op: Operator;
  value: Scalar | Scalar[];
}

const sameKind = (a: Scalar, b: Scalar) =>
  (typeof a === 'number' && typeof b === 'number') ||
  (typeof a === 'string' && typeof b === 'string');

/** Semantics 24, for one known value. */
function holds(actual: Scalar, { op, value }: Comparison): boolean {
  const list = Array.isArray(value) ? value : [value];
  const one = list[0] ?? null;
  switch (op) {
    case 'eq':
      return actual === one;
    case 'ne':
      return actual !== one;
    case 'in':
      return list.includes(actual);
    case 'notIn':
      return !list.includes(actual);
    case 'contains':
      return typeof actual === 'string' && typeof one === 'string' && actual.includes(one);
    case 'gt':
      return sameKind(actual, one) && (actual as number) > (one as number);
    case 'gte':
      return sameKind(actual, one) && (actual as number) >= (one as number);
    case 'lt':
      return sameKind(actual, one) && (actual as number) < (one as number);
    case 'lte':
      return sameKind(actual, one) && (actual as number) <= (one as number);
  }
}

/** The values an eq/in comparison allows, or null when it allows too many to list. */
function candidates({ op, value }: Comparison): Scalar[] | null {
  if (op === 'eq') return Array.isArray(value) ? null : [value];
  if (op === 'in') return Array.isArray(value) ? value : null;
  return null;
}

const RANGE = new Set<Operator>(['gt', 'gte', 'lt', 'lte']);

/** Two ranges on numbers (or on strings) whose intervals do not meet. */
function disjointRanges(a: Comparison, b: Comparison): boolean {
  const [x, y] = [a.value, b.value];
  if (Array.isArray(x) || Array.isArray(y)) return false;
  if (x === null || y === null || typeof x === 'boolean' || typeof y === 'boolean') return true;
  if (!sameKind(x, y)) return true; // a value is never both a number and a string
  const lower = (c: Comparison) => c.op === 'gt' || c.op === 'gte';
  if (lower(a) === lower(b)) return false; // both bound the same side
  const [lo, hi] = lower(a) ? [a, b] : [b, a];
  const [l, h] = [lo.value as number | string, hi.value as number | string];
  if (l < h) return false;
  if (l > h) return true;
  return !(lo.op === 'gte' && hi.op === 'lte'); // equal bounds meet only when both include them
}

export function compatible(a: Comparison, b: Comparison): boolean {
  const fromA = candidates(a);
  if (fromA !== null) return fromA.some((v) => holds(v, b));
  const fromB = candidates(b);
  if (fromB !== null) return fromB.some((v) => holds(v, a));
  if (RANGE.has(a.op) && RANGE.has(b.op)) return !disjointRanges(a, b);
  return true;
}
