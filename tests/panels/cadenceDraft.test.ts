// The cadence form's draft and the dates it previews, without a DOM (rule book examples 11-12).
import { describe, expect, it } from 'vitest';
import type { Cadence } from '../../src/model';
import { CadenceSchema } from '../../src/model';
import { buildCadence, draftOf, nextCastDates } from '../../src/panels/cadenceDraft';

const cadences: Cadence[] = [
  { type: 'none' },
  {
    type: 'weekly',
    firstCast: '2025-03-06',
    time: '09:00',
    every: 2,
    weekdays: ['tue', 'wed', 'thu'],
  },
  {
    type: 'monthly',
    firstCast: '2025-03-18',
    time: '10:00',
    every: 1,
    nthWeekday: { n: 3, weekday: 'tue' },
    recipientTimeZone: true,
  },
  { type: 'monthly', firstCast: '2025-01-31', time: '08:30', every: 3, dayOfMonth: 31 },
];

describe('cadence draft', () => {
  it.each(cadences)('round-trips %j', (cadence) => {
    const built = buildCadence(draftOf(cadence, '2025-03-01'), cadence);
    expect(built).toEqual({ ok: true, cadence });
    expect(CadenceSchema.safeParse(cadence).success).toBe(true);
  });

  it('keeps keys a newer version put on the cadence while its type stays', () => {
    const cadence = { ...cadences[1]!, colour: 'teal' } as Cadence;
    const draft = { ...draftOf(cadence, '2025-03-01'), every: '1' };
    expect(buildCadence(draft, cadence)).toMatchObject({
      ok: true,
      cadence: { colour: 'teal', every: 1 },
    });
  });

  it('names every field that keeps the draft from being a cadence', () => {
    const draft = {
      ...draftOf(cadences[1], '2025-03-01'),
      firstCast: '2025-02-30',
      time: '24:00',
      every: '1.5',
      weekdays: [],
    };
    expect(buildCadence(draft)).toEqual({
      ok: false,
      problems: { firstCast: true, time: true, every: true, weekdays: true },
    });
    const monthly = { ...draftOf(cadences[3], '2025-03-01'), dayOfMonth: '32' };
    expect(buildCadence(monthly)).toEqual({ ok: false, problems: { dayOfMonth: true } });
  });

  it('switching type keeps the date and time, and seeds patterns from the first cast', () => {
    const weekly = draftOf(cadences[1], '2025-03-01');
    expect(buildCadence({ ...weekly, type: 'monthly' })).toEqual({
      ok: true,
      cadence: { type: 'monthly', firstCast: '2025-03-06', time: '09:00', every: 2, dayOfMonth: 6 },
    });
    expect(buildCadence({ ...weekly, type: 'monthly', monthlyBy: 'nth' })).toMatchObject({
      cadence: { nthWeekday: { n: 1, weekday: 'thu' } },
    });
  });
});

describe('next cast dates', () => {
  it('R18, example 11: every 2 weeks on Tue/Wed/Thu from Thu 3/6', () => {
    expect(nextCastDates(cadences[1], '2025-03-01', 7)).toEqual([
      '2025-03-06',
      '2025-03-18',
      '2025-03-19',
      '2025-03-20',
      '2025-04-01',
      '2025-04-02',
      '2025-04-03',
    ]);
  });

  it('R19, example 12: the 3rd Tuesday from 3/18', () => {
    expect(nextCastDates(cadences[2], '2025-03-01', 4)).toEqual([
      '2025-03-18',
      '2025-04-15',
      '2025-05-20',
      '2025-06-17',
    ]);
  });

  it('counts from today once the first cast is past; a missing day 31 falls on the last day', () => {
    expect(nextCastDates(cadences[3], '2025-03-01')).toEqual([
      '2025-04-30',
      '2025-07-31',
      '2025-10-31',
      '2026-01-31',
      '2026-04-30',
    ]);
    expect(nextCastDates({ type: 'none' }, '2025-03-01')).toEqual([]);
  });
});
