import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hashString,
  hashWithNumber,
  personStream,
  personUniform,
  uniform,
} from '../../src/engine/rng';

describe('counter-based randomness', () => {
  it('hashes a generated id without building it, exactly as hashing the string', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(10_000_000), (prefix, n) => {
        expect(hashWithNumber(hashString(prefix), n)).toBe(hashString(`${prefix}${n}`));
      }),
    );
  });

  it('draws in [0, 1), the same for the same key, spread evenly', () => {
    const draws = Array.from({ length: 20_000 }, (_, i) => uniform(7, i, 3, 1));
    expect(draws.every((u) => u >= 0 && u < 1)).toBe(true);
    expect(uniform(7, 5, 3, 1)).toBe(draws[5]);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    const buckets = new Array(10).fill(0);
    for (const u of draws) buckets[Math.floor(u * 10)]++;
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('gives each person their own stream: another person or seed draws other numbers', () => {
    const a = personStream(1, hashString('ann'));
    const b = personStream(1, hashString('ben'));
    const a2 = personStream(2, hashString('ann'));
    expect(personUniform(a, 4, 100)).toBe(
      personUniform(personStream(1, hashString('ann')), 4, 100),
    );
    expect(personUniform(a, 4, 100)).not.toBe(personUniform(b, 4, 100));
    expect(personUniform(a, 4, 100)).not.toBe(personUniform(a2, 4, 100));
    expect(personUniform(a, 4, 100)).not.toBe(personUniform(a, 4, 101));
  });
});
