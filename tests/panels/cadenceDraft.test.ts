// The cadence form's draft, without a DOM (the dates it previews: tests/engine/calendar.test.ts).
import { describe, expect, it } from 'vitest';
import type { Cadence } from '../../src/model';
import { CadenceSchema } from '../../src/model';
import { buildCadence, draftOf } from '../../src/panels/cadenceDraft';

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
