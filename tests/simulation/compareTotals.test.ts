import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/engine';
import type { Scenario } from '../../src/model';
import { compareTotals } from '../../src/simulation/derive/compareTotals';
import { emails, weekly } from '../fixtures/builders';
import { previewResult } from '../preview/result';

/**
 * Tuesdays 4 to 25 March in "Main"; ann joins on the 1st, bob on the 5th; every morning a batch
 * move takes the exhausted people of Main to "Hold" (Wednesdays, nothing to send).
 */
function program(content: string[]): Scenario {
  return {
    format: 'lanecast',
    version: 1,
    program: {
      id: 'p',
      name: 'Nurture',
      timeZone: 'UTC',
      streams: [
        {
          id: 'main',
          name: 'Main',
          cadence: weekly('2025-03-04', ['tue']),
          content: emails(...content),
        },
        { id: 'hold', name: 'Hold', cadence: weekly('2025-03-05', ['wed']), content: [] },
      ],
      batchMoves: [
        {
          id: 'dry',
          from: 'main',
          to: 'hold',
          time: '07:00',
          filters: [{ type: 'exhausted', value: true }],
        },
      ],
    },
    people: [{ id: 'ann' }, { id: 'bob' }],
    events: [
      { at: '2025-03-01T08:00', type: 'add', person: 'ann' },
      { at: '2025-03-05T08:00', type: 'add', person: 'bob' },
    ],
    simulation: { from: '2025-03-01', until: '2025-03-31', seed: 1 },
  } as Scenario;
}

describe('compareTotals', () => {
  it('sets sends, deliveries, exhaustion dates and moves of two runs side by side', () => {
    const totals = compareTotals(
      previewResult(program(['E1', 'E2', 'E3'])),
      previewResult(program(['E1', 'E2'])),
    );
    // Three emails each for ann and bob against two each.
    expect(totals.sends).toEqual({ a: 6, b: 4 });
    expect(totals.deliveries).toEqual({ a: 6, b: 4 });
    // ann runs dry with her last email (the 18th in A, the 11th in B), bob a week after her.
    // Hold has no content: people are exhausted at its first cast after they arrive, the
    // morning after their last email in Main (the 19th in A, the 12th in B).
    expect(totals.streams).toEqual([
      {
        id: 'main',
        name: 'Main',
        a: { day: dayOf('2025-03-18'), people: 2 },
        b: { day: dayOf('2025-03-11'), people: 2 },
      },
      {
        id: 'hold',
        name: 'Hold',
        a: { day: dayOf('2025-03-19'), people: 2 },
        b: { day: dayOf('2025-03-12'), people: 2 },
      },
    ]);
    // Both runs move both people to Hold once they are exhausted.
    expect(totals.moves).toEqual([{ from: 'main', to: 'hold', a: 2, b: 2 }]);
  });

  it('shows a stream only one run has on that side only', () => {
    const b = program(['E1']);
    b.program.streams = b.program.streams.slice(0, 1);
    b.program.batchMoves = [];
    const totals = compareTotals(previewResult(program(['E1'])), previewResult(b));
    expect(totals.streams.map((s) => [s.id, s.a !== null, s.b !== null])).toEqual([
      ['main', true, true],
      ['hold', true, false],
    ]);
    expect(totals.moves).toEqual([{ from: 'main', to: 'hold', a: 2, b: 0 }]);
  });
});
