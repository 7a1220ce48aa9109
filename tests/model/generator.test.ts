/**
 * The audience generator schema under `"generator"` (docs/format.md): cohorts with a size, a join
 * schedule, attribute distributions, time zones, prior program shares, unsubscribed share and
 * behaviour. A valid generator parses; a bad one is reported by path like the rest of the file.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model';
import { cohort, doc, problems } from './documents';

const withCohorts = (...cohorts: Record<string, unknown>[]) =>
  doc({ generator: { seed: 7, cohorts } });
const at = 'generator.cohorts[0]';

describe('the audience generator', () => {
  it('parses a full cohort, and one with only id, size and join', () => {
    const minimal = { id: 'few', size: 1, join: { from: '2025-03-03' } };
    const result = parseScenario(withCohorts(cohort(), minimal));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.scenario.generator?.cohorts).toHaveLength(2);
    expect(
      problems(withCohorts({ ...cohort(), join: { from: '2025-03-03', perWeek: 5 } })),
    ).toEqual([]);
  });

  it.each([
    ['size 0', { size: 0 }, [`${at}.size: expected size >= 1, got 0`]],
    ['a fractional size', { size: 2.5 }, [`${at}.size: expected a whole number, got 2.5`]],
    [
      'both perDay and perWeek',
      { join: { from: '2025-03-03', perDay: 1, perWeek: 7 } },
      [`${at}.join: expected at most one of perDay or perWeek`],
    ],
    [
      'a bad join date, time and rate',
      { join: { from: '2025-02-29', time: '8:00', perDay: 0 } },
      [
        `${at}.join.from: expected a date YYYY-MM-DD, got "2025-02-29"`,
        `${at}.join.time: expected a local time HH:mm (00:00 to 23:59), got "8:00"`,
        `${at}.join.perDay: expected perDay >= 1, got 0`,
      ],
    ],
    [
      'a join into a missing stream',
      { join: { stream: 'S9', from: '2025-03-03' } },
      [`${at}.join.stream: no stream has the id "S9"`],
    ],
    [
      'an unknown distribution',
      { attributes: { score: { normal: { mean: 50 } } } },
      [
        `${at}.attributes.score: expected {"value": v}, {"oneOf": [{"value": v, "weight": w}, ...]} or {"uniform": {"min": a, "max": b}}`,
      ],
    ],
    [
      'uniform with min above max',
      { attributes: { score: { uniform: { min: 5, max: 1 } } } },
      [`${at}.attributes.score.uniform: expected uniform.min <= uniform.max`],
    ],
    [
      'oneOf with no values, and a weight of 0',
      { attributes: { a: { oneOf: [] }, b: { oneOf: [{ value: 1, weight: 0 }] } } },
      [
        `${at}.attributes.a.oneOf: expected at least one value`,
        `${at}.attributes.b.oneOf[0].weight: expected a weight > 0, got 0`,
      ],
    ],
    [
      'an unknown zone',
      { timeZones: [{ zone: 'Mars/Base', weight: 1 }] },
      [
        `${at}.timeZones[0].zone: expected an IANA time zone name such as Europe/Berlin, got "Mars/Base"`,
      ],
    ],
    ['an empty zone list', { timeZones: [] }, [`${at}.timeZones: expected at least one time zone`]],
    [
      'shares and rates outside 0..1',
      { programs: [{ program: 'P1', share: 1.5 }], unsubscribed: -0.1, behavior: { click: 2 } },
      [
        `${at}.programs[0].share: expected a probability from 0 to 1, got 1.5`,
        `${at}.unsubscribed: expected a probability from 0 to 1, got -0.1`,
        `${at}.behavior.click: expected a probability from 0 to 1, got 2`,
      ],
    ],
    [
      'a prior program that is no item',
      { programs: [{ program: 'P7', share: 0.5 }] },
      [`${at}.programs[0].program: no content item has the id "P7"`],
    ],
  ])('reports %s by path', (_, change, expected) => {
    expect(problems(withCohorts({ ...cohort(), ...change }))).toEqual(expected);
  });

  it('reports duplicate cohorts, people whose ids generated people would take, and too many people', () => {
    const big = { ...cohort(), id: 'big', size: 1_999_950 };
    const broken = doc({
      people: [{ id: 'leads-7' }, { id: 'leads-101' }],
      generator: { cohorts: [cohort(), cohort(), big] },
    });
    expect(problems(broken)).toEqual([
      'generator.cohorts[1].id: duplicate cohort id "leads"',
      'generator.cohorts[0].id: generated person "leads-7" would clash with a person in people',
      'generator.cohorts[1].id: generated person "leads-7" would clash with a person in people',
      'generator.cohorts: expected at most 2000000 generated people in all, got 2000150',
    ]);
  });

  it('reports a cohort joining a program with no streams', () => {
    const broken = doc({
      'program.streams': [],
      generator: { cohorts: [{ id: 'c', size: 5, join: { from: '2025-03-03' } }] },
    });
    expect(problems(broken)).toEqual([
      'generator.cohorts[0].join: the cohort joins the program, but the program has no streams',
    ]);
  });
});
