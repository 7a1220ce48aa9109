/**
 * A generated attribute's distribution by kind (docs/format.md, `attributes`): a constant value, a
 * weighted choice of values, or uniform numbers between min and max. Switching kind keeps what
 * still makes sense (a constant becomes a choice of that one value, a choice of numbers becomes
 * their range), so trying another kind loses nothing worth keeping.
 */
import type { Distribution, Scalar } from '../../../model';

export type DistributionKind = 'constant' | 'choice' | 'uniform';
export type Choice = { value: Scalar; weight: number }[];
export type Range = { min: number; max: number; integer?: boolean };

export function kindOf(dist: Distribution): DistributionKind {
  if ('oneOf' in dist) return 'choice';
  if ('uniform' in dist) return 'uniform';
  return 'constant';
}

export const choiceOf = (dist: Distribution) => (dist as { oneOf: Choice }).oneOf;
export const rangeOf = (dist: Distribution) => (dist as { uniform: Range }).uniform;
export const constantOf = (dist: Distribution) => (dist as { value: Scalar }).value;

/** The values a distribution can produce, for a new kind to start from. */
function valuesOf(dist: Distribution): Scalar[] {
  switch (kindOf(dist)) {
    case 'constant':
      return [constantOf(dist)];
    case 'choice':
      return choiceOf(dist).map((o) => o.value);
    case 'uniform': {
      const { min, max } = rangeOf(dist);
      return min === max ? [min] : [min, max];
    }
  }
}

export function convertDistribution(dist: Distribution, kind: DistributionKind): Distribution {
  if (kind === kindOf(dist)) return dist;
  const values = valuesOf(dist);
  switch (kind) {
    case 'constant':
      return { value: values[0] ?? '' };
    case 'choice':
      return { oneOf: values.map((value) => ({ value, weight: 1 })) };
    case 'uniform': {
      const numbers = values.filter((v): v is number => typeof v === 'number');
      if (numbers.length === 0) return { uniform: { min: 0, max: 100, integer: true } };
      const min = Math.min(...numbers);
      const max = Math.max(...numbers);
      return {
        uniform:
          Number.isInteger(min) && Number.isInteger(max)
            ? { min, max, integer: true }
            : { min, max },
      };
    }
  }
}

/**
 * Whole numbers only: the bounds are rounded inwards (the engine draws integers between them, both
 * ends included). Null when no whole number lies between them.
 */
export function withIntegers(range: Range, integer: boolean): Range | null {
  if (!integer) {
    const rest = { ...range };
    delete rest.integer;
    return rest;
  }
  const min = Math.ceil(range.min);
  const max = Math.floor(range.max);
  return min <= max ? { min, max, integer: true } : null;
}

/** Each weight's share of the total, in percent (for showing next to the weights). */
export function sharesOf(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => (total > 0 ? (100 * w) / total : 0));
}
