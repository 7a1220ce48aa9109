/**
 * The simulation loop skips the casts an exhausted member cannot be changed by, and leaves out the
 * batch-move bookkeeping after casts that changed nothing (src/engine/sim/idleCasts.ts). Neither
 * may change anything: over random scenarios with program edits (activate, deactivate, reorder,
 * program status), pauses, windows, limits, transitions, batch moves and recipient time zone, the
 * skipping loop must write the plain loop's records, counters and person-cast count exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearOfWeeklyCasts } from '../../bench/programs';
import {
  compileScenario,
  namesOf,
  RecordBuffer,
  simulateAll,
  type SimulationPlan,
} from '../../src/engine';
import { formatProblem, parseScenario, type Scenario } from '../../src/model';
import { scenarioArb } from '../fixtures/arbitraries';

const RUNS = Number(process.env.LANECAST_PROPERTY_RUNS ?? 300);

function planOf(doc: Scenario): SimulationPlan {
  const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) return expect.fail(parsed.problems.map(formatProblem).join('\n'));
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) return expect.fail(compiled.problems.map(formatProblem).join('\n'));
  return compiled.plan;
}

function run(plan: SimulationPlan, skipIdle: boolean) {
  const buffer = new RecordBuffer();
  const result = simulateAll(plan, buffer, { counters: true, skipIdle });
  return {
    records: JSON.stringify(buffer.records(namesOf(plan))),
    counters: Array.from(result.counters!),
    personCasts: result.personCasts,
    skipped: result.skippedCasts,
  };
}

describe('skipping idle casts', () => {
  it('writes what the plain loop writes, over random scenarios', { timeout: 120_000 }, () => {
    let scenariosSkipping = 0;
    fc.assert(
      fc.property(scenarioArb, (doc) => {
        const plan = planOf(doc);
        const plain = run(plan, false);
        const skipping = run(plan, true);
        expect(plain.skipped).toBe(0);
        expect(skipping.records).toBe(plain.records);
        expect(skipping.counters).toEqual(plain.counters);
        expect(skipping.personCasts).toBe(plain.personCasts);
        if (skipping.skipped > 0) scenariosSkipping++;
      }),
      { numRuns: RUNS },
    );
    // The comparison means something only if the random scenarios do skip casts.
    expect(scenariosSkipping).toBeGreaterThan(RUNS / 10);
  });

  it('skips most casts of a year of weekly casts once people run dry', () => {
    const doc = yearOfWeeklyCasts(300);
    const plan = planOf(doc);
    const plain = run(plan, false);
    const skipping = run(plan, true);
    expect(skipping.records).toBe(plain.records);
    expect(skipping.personCasts).toBe(plain.personCasts);
    expect(skipping.skipped).toBeGreaterThan(plain.personCasts / 4);
  });
});
