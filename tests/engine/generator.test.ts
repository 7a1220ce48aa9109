import { describe, expect, it } from 'vitest';
import { compileScenario, generateAudience, simulateRecords } from '../../src/engine';
import { parseScenario, type Generator, type Scenario } from '../../src/model';
import { emails, lines, weekly } from '../fixtures/builders';

const stream = (id: string | undefined) => (id === 'S2' ? 1 : 0);

function scenarioWith(generator: Generator): Scenario {
  const doc = {
    format: 'lanecast',
    version: 1,
    program: {
      id: 'p',
      timeZone: 'Europe/Berlin',
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-04', ['tue']),
          content: [...emails('E1'), { id: 'P1', type: 'program' }, ...emails('E2')],
        },
        { id: 'S2', cadence: weekly('2025-03-06', ['thu']), content: emails('E3') },
      ],
    },
    generator,
    simulation: { from: '2025-03-01', until: '2025-03-31', seed: 3 },
  };
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

describe('audience generator', () => {
  const big: Generator = {
    seed: 11,
    cohorts: [
      {
        id: 'lead',
        size: 8000,
        join: { stream: 'S2', from: '2025-03-02', time: '10:30', perDay: 1000 },
        attributes: {
          country: {
            oneOf: [
              { value: 'DE', weight: 3 },
              { value: 'FR', weight: 1 },
            ],
          },
          score: { uniform: { min: 1, max: 6, integer: true } },
          tier: { value: 'gold' },
        },
        timeZones: [
          { zone: 'Asia/Tokyo', weight: 1 },
          { zone: null, weight: 1 },
        ],
        unsubscribed: 0.1,
      },
    ],
  };

  it('is seeded: the same generator yields the same people, another seed other people', () => {
    const a = generateAudience(big, 'Europe/Berlin', stream);
    const b = generateAudience(big, 'Europe/Berlin', stream);
    expect(b.attributes.get('score')).toEqual(a.attributes.get('score'));
    expect(b.zone).toEqual(a.zone);
    expect(b.unsubscribed).toEqual(a.unsubscribed);
    const c = generateAudience({ ...big, seed: 12 }, 'Europe/Berlin', stream);
    expect(c.attributes.get('score')).not.toEqual(a.attributes.get('score'));
  });

  it('draws each cohort from its own id, so adding a cohort leaves the others unchanged', () => {
    const alone = generateAudience(big, 'Europe/Berlin', stream);
    const withOther = generateAudience(
      { ...big, cohorts: [{ id: 'other', size: 5, join: { from: '2025-03-01' } }, ...big.cohorts] },
      'Europe/Berlin',
      stream,
    );
    expect(withOther.attributes.get('country')!.slice(5)).toEqual(alone.attributes.get('country'));
  });

  it('draws a range of people exactly as the whole audience does, and nobody else', () => {
    const two: Generator = {
      ...big,
      cohorts: [
        ...big.cohorts,
        {
          id: 'm',
          size: 50,
          join: { from: '2025-03-03' },
          programs: [{ program: 'P1', share: 0.5 }],
        },
      ],
    };
    const whole = generateAudience(two, 'Europe/Berlin', stream);
    // Across the cohorts' boundary (8000) and a join group's (7000).
    const part = generateAudience(two, 'Europe/Berlin', stream, { start: 6990, end: 8020 });
    const inside = (p: number) => p >= 6990 && p < 8020;
    expect(part.count).toBe(whole.count);
    expect(part.cohorts).toEqual(whole.cohorts);
    for (let p = 0; p < whole.count; p++) {
      const same = inside(p);
      const pick = (a: typeof whole) => [
        a.joinAt[p],
        a.joinStream[p],
        a.cohortOf[p],
        a.zone[p],
        a.unsubscribed[p],
        a.programs[p],
        a.attributes.get('country')![p],
        a.attributes.get('score')![p],
      ];
      if (same) expect(pick(part)).toEqual(pick(whole));
      else expect(part.joinAt[p]).toBe(0);
    }
    expect(part.programs.slice(8000, 8020)).toContainEqual(['P1']);
  });

  it('follows the distributions, the join schedule and the time-zone mix', () => {
    const a = generateAudience(big, 'Europe/Berlin', stream);
    const country = a.attributes.get('country')!;
    const de = country.filter((c) => c === 'DE').length / country.length;
    expect(de).toBeGreaterThan(0.72);
    expect(de).toBeLessThan(0.78);
    expect(new Set(a.attributes.get('score'))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(new Set(a.attributes.get('tier'))).toEqual(new Set(['gold']));
    const tokyo = a.zone.filter((z) => z === 'Asia/Tokyo').length / a.count;
    expect(tokyo).toBeGreaterThan(0.47);
    expect(tokyo).toBeLessThan(0.53);
    const unsub = a.unsubscribed.reduce((s, u) => s + u, 0) / a.count;
    expect(unsub).toBeGreaterThan(0.08);
    expect(unsub).toBeLessThan(0.12);
    // 1000 a day at 10:30 Berlin (CET, UTC+1) from 2025-03-02.
    expect(a.joinAt[0]).toBe(Date.UTC(2025, 2, 2, 9, 30));
    expect(a.joinAt[999]).toBe(Date.UTC(2025, 2, 2, 9, 30));
    expect(a.joinAt[1000]).toBe(Date.UTC(2025, 2, 3, 9, 30));
    expect(a.joinAt[7999]).toBe(Date.UTC(2025, 2, 9, 9, 30));
    expect(a.joinStream[0]).toBe(1);
  });

  it('generated people join and receive content like file people; prior program members skip it (R28)', () => {
    const scenario = scenarioWith({
      cohorts: [
        {
          id: 'm',
          size: 2,
          join: { from: '2025-03-03', time: '12:00' },
          programs: [{ program: 'P1', share: 1 }],
        },
        { id: 'n', size: 1, join: { from: '2025-03-03', time: '12:00', perWeek: 1 } },
      ],
    });
    const result = simulateRecords(scenario);
    if (!result.ok) throw new Error('invalid');
    expect(lines(result.value).filter((l) => l.includes(' m-1 '))).toEqual([
      'move 2025-03-03T11:00:00Z m-1 ->S1 event',
      'send 2025-03-04T08:00:00Z m-1 S1 E1',
      'send 2025-03-11T08:00:00Z m-1 S1 E2',
      'exhausted 2025-03-11T08:00:00Z m-1 S1',
    ]);
    expect(lines(result.value).filter((l) => l.includes(' n-1 '))).toEqual([
      'move 2025-03-03T11:00:00Z n-1 ->S1 event',
      'send 2025-03-04T08:00:00Z n-1 S1 E1',
      'program 2025-03-11T08:00:00Z n-1 S1 P1 qualified=true',
      'send 2025-03-18T08:00:00Z n-1 S1 E2',
      'exhausted 2025-03-18T08:00:00Z n-1 S1',
    ]);
  });

  it('counts generated joins when choosing the simulated period', () => {
    const scenario = scenarioWith({
      cohorts: [{ id: 'late', size: 3, join: { from: '2025-06-01', perWeek: 1 } }],
    });
    const compiled = compileScenario({ ...scenario, simulation: {} });
    if (!compiled.ok) throw new Error('invalid');
    // Last join 2025-06-15, plus the 90-day tail.
    expect(compiled.plan.range.untilDay - compiled.plan.range.startDay).toBeGreaterThanOrEqual(
      90 + 14,
    );
  });
});
