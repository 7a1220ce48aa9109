/**
 * The chunks of the threads' shares (src/cli/shareClaims.ts): a share's thread takes them from the
 * front and the main thread from the back, through shared memory; every person of every share is
 * simulated once, by one of them, whichever way the takes interleave.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_CHUNK, ShareClaims, type Slice } from '../../src/cli/shareClaims';

/** How often each person of `slices` is in `taken`. */
function coverage(slices: Slice[], taken: Slice[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const s of slices) for (let p = s.start; p < s.end; p++) times.set(p, 0);
  for (const t of taken)
    for (let p = t.start; p < t.end; p++) times.set(p, (times.get(p) ?? 0) + 1);
  return times;
}

describe('share claims', () => {
  it('hands out every person once, from both ends, however the takes interleave', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 * MIN_CHUNK }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(2), fc.boolean()), { maxLength: 40 }),
        (sizes, takes) => {
          let start = 1000;
          const slices = sizes.map((size) => ({ start, end: (start += size) }));
          const claims = ShareClaims.create(slices);
          // The thread's side sees the same memory through its own copy of the claims.
          const thread = ShareClaims.of(structuredClone(claims.shared()));
          const taken: Slice[] = [];
          for (const [share, front] of takes) {
            const i = share % slices.length;
            const slice = front ? thread.takeFront(i) : claims.takeBack(i);
            if (slice !== null) taken.push(slice);
          }
          for (let i = 0; i < slices.length; i++)
            for (let s = claims.takeBack(i); s !== null; s = claims.takeBack(i)) taken.push(s);
          expect([...coverage(slices, taken).values()].every((n) => n === 1)).toBe(true);
          for (const t of taken) expect(t.end - t.start).toBeLessThanOrEqual(MIN_CHUNK);
          expect(thread.takeFront(0)).toBeNull();
        },
      ),
    );
  });

  it('takes the front in order and the back in reverse order', () => {
    const claims = ShareClaims.create([{ start: 0, end: 3 * MIN_CHUNK + 1 }]);
    expect(claims.takeFront(0)).toEqual({ start: 0, end: MIN_CHUNK });
    expect(claims.takeBack(0)).toEqual({ start: 3 * MIN_CHUNK, end: 3 * MIN_CHUNK + 1 });
    expect(claims.takeBack(0)).toEqual({ start: 2 * MIN_CHUNK, end: 3 * MIN_CHUNK });
    expect(claims.takeFront(0)).toEqual({ start: MIN_CHUNK, end: 2 * MIN_CHUNK });
    expect(claims.takeFront(0)).toBeNull();
    expect(claims.takeBack(0)).toBeNull();
  });
});
