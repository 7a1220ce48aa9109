/**
 * nextCasts (R17-R20): the next cast dates the lane header (one) and the cadence editor (five)
 * show, from the same calendar the simulator casts by. Checked against rule book examples 11-12
 * and, for any cadence, against castDays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { castDays, dayOf, isoOfDay, nextCasts } from '../../src/engine';
import { WEEKDAYS, type Cadence } from '../../src/model';

const next = (cadence: Cadence | undefined, from: string, count: number) =>
  nextCasts(cadence, dayOf(from), count).map(isoOfDay);

const everyTwoWeeks: Cadence = {
  type: 'weekly',
  firstCast: '2025-03-06',
  time: '09:00',
  every: 2,
  weekdays: ['tue', 'wed', 'thu'],
};
const thirdTuesday: Cadence = {
  type: 'monthly',
  firstCast: '2025-03-18',
  time: '10:00',
  every: 1,
  nthWeekday: { n: 3, weekday: 'tue' },
};
const quarterlyOn31st: Cadence = {
  type: 'monthly',
  firstCast: '2025-01-31',
  time: '08:30',
  every: 3,
  dayOfMonth: 31,
};

describe('nextCasts', () => {
  it('R18, example 11: every 2 weeks on Tue/Wed/Thu from Thu 3/6', () => {
    expect(next(everyTwoWeeks, '2025-03-01', 7)).toEqual([
      '2025-03-06',
      '2025-03-18',
      '2025-03-19',
      '2025-03-20',
      '2025-04-01',
      '2025-04-02',
      '2025-04-03',
    ]);
    // From inside an off week, the next on-week comes next.
    expect(next(everyTwoWeeks, '2025-03-10', 2)).toEqual(['2025-03-18', '2025-03-19']);
  });

  it('R19, example 12: the 3rd Tuesday of every month from 3/18', () => {
    expect(next(thirdTuesday, '2025-03-01', 4)).toEqual([
      '2025-03-18',
      '2025-04-15',
      '2025-05-20',
      '2025-06-17',
    ]);
  });

  it('R19: every 3 months on the 31st, from today once the first cast is past; a missing 31st falls on the last day', () => {
    expect(next(quarterlyOn31st, '2025-03-01', 5)).toEqual([
      '2025-04-30',
      '2025-07-31',
      '2025-10-31',
      '2026-01-31',
      '2026-04-30',
    ]);
  });

  it('R17: a first cast far in the future comes first, even off-pattern, with no horizon', () => {
    const monday: Cadence = { ...everyTwoWeeks, firstCast: '2031-06-02', weekdays: ['tue'] };
    expect(next(monday, '2025-03-01', 3)).toEqual(['2031-06-02', '2031-06-03', '2031-06-17']);
    const monthly: Cadence = { ...thirdTuesday, firstCast: '2040-01-02', every: 12 };
    expect(next(monthly, '2025-03-01', 2)).toEqual(['2040-01-02', '2040-01-17']);
  });

  it('R18, R19: a first cast long past continues its pattern (periods count from the first cast)', () => {
    const weekly: Cadence = { ...everyTwoWeeks, firstCast: '1990-01-04', every: 3 };
    const days = nextCasts(weekly, dayOf('2025-03-01'), 4);
    expect(days).toEqual(
      castDays(weekly, dayOf('2025-06-30'))
        .filter((d) => d >= dayOf('2025-03-01'))
        .slice(0, 4),
    );
    const monthly: Cadence = { ...quarterlyOn31st, firstCast: '1990-02-28', every: 5 };
    // 420 months after Feb 1990 is Feb 2025 (a cast month), so July and December come next.
    expect(next(monthly, '2025-03-01', 2)).toEqual(['2025-07-31', '2025-12-31']);
  });

  it('R20: a cadence of none, or no cadence, never casts; a count of 0 asks for nothing', () => {
    expect(nextCasts({ type: 'none' }, dayOf('2025-03-01'), 5)).toEqual([]);
    expect(nextCasts(undefined, dayOf('2025-03-01'), 5)).toEqual([]);
    expect(nextCasts(everyTwoWeeks, dayOf('2025-03-01'), 0)).toEqual([]);
  });

  it('R22: the first cast on a chosen weekday is one cast, not two', () => {
    const tuesday: Cadence = {
      ...everyTwoWeeks,
      firstCast: '2025-03-04',
      every: 1,
      weekdays: ['tue'],
    };
    expect(next(tuesday, '2025-03-01', 2)).toEqual(['2025-03-04', '2025-03-11']);
  });

  it('agrees with castDays for any cadence and any day', () => {
    const cadence = fc.oneof(
      fc.record({
        type: fc.constant('weekly' as const),
        every: fc.integer({ min: 1, max: 5 }),
        weekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
      }),
      fc.record({
        type: fc.constant('monthly' as const),
        every: fc.integer({ min: 1, max: 14 }),
        pattern: fc.oneof(
          fc.record({ dayOfMonth: fc.integer({ min: 1, max: 31 }) }),
          fc.record({
            nthWeekday: fc.record({
              n: fc.integer({ min: 1, max: 4 }),
              weekday: fc.constantFrom(...WEEKDAYS),
            }),
          }),
        ),
      }),
    );
    fc.assert(
      fc.property(
        cadence,
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 8 }),
        (shape, firstOffset, fromOffset, count) => {
          const base = dayOf('2020-01-01');
          const common = { firstCast: isoOfDay(base + firstOffset), time: '09:00' };
          const c: Cadence =
            shape.type === 'weekly'
              ? { ...common, type: 'weekly', every: shape.every, weekdays: shape.weekdays }
              : { ...common, type: 'monthly', every: shape.every, ...shape.pattern };
          const from = base + fromOffset;
          const horizon = Math.max(from, base + firstOffset) + 31 * shape.every * (count + 1);
          const expected = castDays(c, horizon)
            .filter((d) => d >= from)
            .slice(0, count);
          expect(nextCasts(c, from, count)).toEqual(expected);
        },
      ),
    );
  });
});
