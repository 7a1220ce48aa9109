// The default audience a program is given so its preview is never empty: people who are there for
// what the preview shows, and the simulated period kept in the file.
import { describe, expect, it } from 'vitest';
import {
  hasAudience,
  setSimulationSettings,
  withDefaultAudience,
} from '../../src/document/ops/audience';
import { blankScenario } from '../../src/document/ops';
import { parseScenario } from '../../src/model';
import { nurtureA } from '../fixtures/builders';

describe('the default audience', () => {
  it('a new program: a thousand people from today, six months to watch', () => {
    const doc = withDefaultAudience(blankScenario('p1', 'New', 'Europe/Berlin'), '2026-12-01');
    expect(doc.generator?.cohorts).toEqual([
      { id: 'people', size: 1000, join: { from: '2026-12-01', time: '08:00', perDay: 50 } },
    ]);
    expect(doc.simulation).toEqual({ from: '2026-12-01', until: '2027-06-01', seed: 1 });
    expect(hasAudience(doc)).toBe(true);
  });

  it('joins when the simulated period starts, not today, and keeps the period', () => {
    const doc = withDefaultAudience({ ...nurtureA(), people: [] }, '2026-12-01');
    expect(doc.generator?.cohorts[0]!.join.from).toBe('2025-03-01');
    expect(doc.simulation).toEqual(nurtureA().simulation);
    expect(parseScenario(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });

  it('without a period, joins at the first cast', () => {
    const rest = nurtureA();
    delete rest.simulation;
    const doc = withDefaultAudience(rest, '2026-12-01');
    expect(doc.generator?.cohorts[0]!.join.from).toBe('2025-03-04');
    expect(doc.simulation?.from).toBe('2025-03-04');
  });

  it('a second cohort gets a name of its own', () => {
    const once = withDefaultAudience(nurtureA(), '2026-12-01');
    const twice = withDefaultAudience(once, '2026-12-01');
    expect(twice.generator?.cohorts.map((c) => c.id)).toEqual(['people', 'people-2']);
  });

  it('the simulated period and seed are part of the file', () => {
    const doc = setSimulationSettings(nurtureA(), { from: '2025-04-01', seed: 9 });
    expect(doc.simulation).toEqual({ from: '2025-04-01', seed: 9 });
    expect(hasAudience({ ...nurtureA(), people: [] })).toBe(false);
  });
});
