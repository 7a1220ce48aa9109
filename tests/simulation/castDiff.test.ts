import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/engine';
import { diffCasts } from '../../src/simulation/derive/castDiff';
import { variantProgram } from '../fixtures/variantProgram';
import { runCells } from './runCells';

/** One weekly stream (Tuesdays 4, 11, 18 and 25 March), ann in from the start, bob from the 5th. */
const program = (order: string[]) => variantProgram(order);

const day = (date: string) => dayOf(date);

describe('diffCasts', () => {
  it('lists, per person and date, the casts two orders give differently', () => {
    // A gives ann E1, E2, E3 on the 4th, 11th, 18th and bob the same a week later; B swaps E1
    // and E2, so the first two casts of each differ and E3 is the same for both.
    const diff = diffCasts(
      runCells(program(['E1', 'E2', 'E3'])),
      runCells(program(['E2', 'E1', 'E3'])),
    );
    expect(diff.rows).toEqual([
      { person: 0, day: day('2025-03-04'), a: ['E1'], b: ['E2'] },
      { person: 0, day: day('2025-03-11'), a: ['E2'], b: ['E1'] },
      { person: 1, day: day('2025-03-11'), a: ['E1'], b: ['E2'] },
      { person: 1, day: day('2025-03-18'), a: ['E2'], b: ['E1'] },
    ]);
    expect(diff.people).toBe(2);
  });

  it('finds nothing between two runs of the same program', () => {
    const run = runCells(program(['E1', 'E2', 'E3']));
    expect(diffCasts(run, runCells(program(['E1', 'E2', 'E3'])))).toEqual({ rows: [], people: 0 });
  });

  it('keeps only the people asked for', () => {
    const diff = diffCasts(
      runCells(program(['E1', 'E2', 'E3'])),
      runCells(program(['E2', 'E1', 'E3'])),
      Uint8Array.of(0, 1),
    );
    expect(diff.rows.map((r) => r.person)).toEqual([1, 1]);
    expect(diff.people).toBe(1);
  });

  it('shows a cast that gives something in one run and nothing in the other', () => {
    // Without E3, ann has nothing left on the 18th and bob on the 25th.
    const diff = diffCasts(runCells(program(['E1', 'E2', 'E3'])), runCells(program(['E1', 'E2'])));
    expect(diff.rows).toEqual([
      { person: 0, day: day('2025-03-18'), a: ['E3'], b: [] },
      { person: 1, day: day('2025-03-25'), a: ['E3'], b: [] },
    ]);
  });
});
