// Following people through a bucket from the day-by-day move counts: chains compose, movers are
// taken from a stream's members in proportion to where those came from, and every count adds up.
import { describe, expect, it } from 'vitest';
import type { PreviewAggregates, PreviewFrame } from '../../src/engine';
import { transfersPerBucket } from '../../src/preview/charts/flowTransfers';

/** Streams S0..S(n-1) over days 0..; moves as [day, from, to, count] (from -1 joins, to -1 leaves). */
function transfers(streams: number, start: number[], moves: [number, number, number, number][]) {
  const frame = {
    streamIds: start.map((_, s) => `S${s}`),
    startDay: 0,
    fromDay: 0,
  } as unknown as PreviewFrame;
  const aggregates = {
    moveDay: Int32Array.from(moves, (m) => m[0]),
    moveFrom: Int16Array.from(moves, (m) => m[1]),
    moveTo: Int16Array.from(moves, (m) => m[2]),
    moveCount: Int32Array.from(moves, (m) => m[3]),
  } as PreviewAggregates;
  const [t] = transfersPerBucket(frame, aggregates, [{ first: 0, last: 30 }], [start]);
  const side = streams + 1;
  // Row: where people were at the start (last row: joined); column: at the end (last: left).
  return Array.from({ length: side }, (_, o) => Array.from(t!.subarray(o * side, (o + 1) * side)));
}

describe('transfers between the start and the end of a bucket', () => {
  it('composes a chain of moves: S0 -> S1 -> S2 is one transfer from S0 to S2', () => {
    expect(
      transfers(
        3,
        [10, 0, 0],
        [
          [1, 0, 1, 4],
          [2, 1, 2, 4],
        ],
      ),
    ).toEqual([
      [6, 0, 4, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('composes a chain within one day, whatever order the day lists its moves in', () => {
    // S1 sends on the 4 it receives the same day: listed first, it can only go once they arrive.
    expect(
      transfers(
        3,
        [10, 0, 0],
        [
          [1, 1, 2, 4],
          [1, 0, 1, 4],
        ],
      )[0],
    ).toEqual([6, 0, 4, 0]);
  });

  it('follows newcomers: joined, moved on, some left', () => {
    expect(
      transfers(
        2,
        [0, 0],
        [
          [0, -1, 0, 10],
          [1, 0, 1, 10],
          [2, 1, 0, 4],
          [3, 1, -1, 3],
        ],
      )[2],
    ).toEqual([4, 3, 3]);
  });

  it('takes movers from a stream in proportion to where its members came from', () => {
    // S0 holds 30 starters and 10 newcomers when 8 move on: 6 starters and 2 newcomers.
    const t = transfers(
      2,
      [30, 0],
      [
        [0, -1, 0, 10],
        [1, 0, 1, 8],
      ],
    );
    expect(t[0]![0]).toBeCloseTo(24, 9);
    expect(t[0]![1]).toBeCloseTo(6, 9);
    expect(t[2]![0]).toBeCloseTo(8, 9);
    expect(t[2]![1]).toBeCloseTo(2, 9);
  });

  it('keeps everyone: rows add up to the start, columns to the end (a cycle S0 -> S1 -> S0)', () => {
    const t = transfers(
      2,
      [50, 20],
      [
        [0, 0, 1, 30],
        [1, 1, 0, 25],
        [2, -1, 1, 5],
        [3, 0, -1, 2],
      ],
    );
    const row = (o: number) => t[o]!.reduce((a, n) => a + n, 0);
    const column = (s: number) => t.reduce((a, r) => a + r[s]!, 0);
    expect([row(0), row(1), row(2)].map((n) => Math.round(n * 1e9) / 1e9)).toEqual([50, 20, 5]);
    // End: S0 = 50 - 30 + 25 - 2, S1 = 20 + 30 - 25 + 5; 2 left.
    expect([column(0), column(1), column(2)].map((n) => Math.round(n * 1e9) / 1e9)).toEqual([
      43, 30, 2,
    ]);
  });
});
