/**
 * Cohort behaviour rates (semantics 12: item, else cohort, else program) resolved once per cohort
 * and reused from person to person (sim/behaviour.ts): each person must sample with their own
 * cohort's rates, whichever cohort the person before them was in.
 */
import { describe, expect, it } from 'vitest';
import { simulateRecords } from '../../src/engine';
import { parseScenario, type Scenario } from '../../src/model';
import { lines, weekly } from '../fixtures/builders';

function cohortsScenario(): Scenario {
  const cohort = (id: string, behavior?: { open: number }) => ({
    id,
    size: 2,
    join: { stream: 'S1', from: '2025-03-01', time: '08:00', perDay: 10 },
    ...(behavior ? { behavior } : {}),
  });
  const parsed = parseScenario({
    format: 'lanecast',
    version: 1,
    program: {
      id: 'p',
      timeZone: 'UTC',
      behavior: { open: 0 },
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-04', ['tue']),
          // E1's own rate overrides every cohort's: nobody opens it.
          content: [
            { id: 'E1', type: 'email', behavior: { open: 0 } },
            { id: 'E2', type: 'email' },
          ],
        },
        {
          id: 'S2',
          content: [],
          transitions: [{ id: 't-open', triggers: [{ type: 'opensEmail' }] }],
        },
      ],
    },
    generator: {
      seed: 1,
      // Cohorts alternate between opening and not, so a person follows one of the other kind.
      cohorts: [cohort('eager', { open: 1 }), cohort('quiet'), cohort('keen', { open: 1 })],
    },
    simulation: { from: '2025-03-01', until: '2025-03-31', seed: 1 },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

describe('cohort behaviour rates', () => {
  it("each person samples with their own cohort's rates; an item's rate overrides them", () => {
    const result = simulateRecords(cohortsScenario());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const moves = lines(result.value).filter((l) => l.endsWith('rule:t-open'));
    // Opened E2 (sent the second Tuesday) an hour after delivery; nobody opened E1.
    expect(moves).toEqual([
      'move 2025-03-11T10:00:00Z eager-1 S1>S2 rule:t-open',
      'move 2025-03-11T10:00:00Z eager-2 S1>S2 rule:t-open',
      'move 2025-03-11T10:00:00Z keen-1 S1>S2 rule:t-open',
      'move 2025-03-11T10:00:00Z keen-2 S1>S2 rule:t-open',
    ]);
  });
});
