import { describe, expect, it } from 'vitest';
import { weekly } from '../../fixtures/builders';
import { found, lint, nurture } from './helpers';

const monthly3rdTue = (firstCast: string) =>
  ({
    type: 'monthly',
    firstCast,
    time: '10:00',
    every: 1,
    nthWeekday: { n: 3, weekday: 'tue' },
  }) as const;

describe('cadence', () => {
  it('R17: a weekly first cast on an unchosen weekday before a chosen one casts twice that week', () => {
    const monday = nurture((_, s) => (s.S1!.cadence = weekly('2025-03-03', ['tue'])));
    expect(lint(monday).find((p) => p.code === 'firstCastDoubleWeek')).toEqual({
      code: 'firstCastDoubleWeek',
      severity: 'warning',
      target: { kind: 'stream', id: 'S1' },
      params: { stream: 'Early', date: '2025-03-03', next: '2025-03-04' },
    });
    expect(
      found(
        nurture(() => {}),
        'firstCastDoubleWeek',
      ),
    ).toEqual([]);
  });

  it('R17, R18: a weekly first cast on an unchosen weekday after the chosen ones is an extra cast', () => {
    const wednesday = nurture(
      (_, s) => (s.S1!.cadence = weekly('2025-03-05', ['tue'], '09:00', 2)),
    );
    const [problem, ...rest] = lint(wednesday).filter((p) => p.code.startsWith('firstCast'));
    expect(rest).toEqual([]);
    expect(problem?.code).toBe('firstCastOffWeekday');
    expect(problem?.params.next).toBe('2025-03-18'); // week 0, then every 2 weeks
    const tuesday = nurture((_, s) => (s.S1!.cadence = weekly('2025-03-04', ['tue', 'thu'])));
    expect(lint(tuesday).filter((p) => p.code.startsWith('firstCast'))).toEqual([]);
  });

  it('R17, R19: a monthly first cast off the pattern day is reported', () => {
    const off = nurture((_, s) => (s.S1!.cadence = monthly3rdTue('2025-03-10')));
    expect(found(off, 'firstCastOffPattern')).toEqual(['firstCastOffPattern@stream:S1']);
    expect(lint(off).find((p) => p.code === 'firstCastOffPattern')?.params.next).toBe('2025-03-18');
    // Worked example 12: the 3rd Tuesday itself.
    const on = nurture((_, s) => (s.S1!.cadence = monthly3rdTue('2025-03-18')));
    expect(found(on, 'firstCastOffPattern')).toEqual([]);
    // R19: day 31 in April falls on the 30th, so 2025-04-30 is on the pattern.
    const lastDay = nurture(
      (_, s) =>
        (s.S1!.cadence = {
          type: 'monthly',
          firstCast: '2025-04-30',
          time: '09:00',
          every: 1,
          dayOfMonth: 31,
        }),
    );
    expect(found(lastDay, 'firstCastOffPattern')).toEqual([]);
  });

  it('R23: with recipient time zone the first cast must be at least 25 hours ahead', () => {
    // Worked example 13: 09:00 New York on 2025-03-11 is 13:00Z (daylight time began 03-09).
    const rtz = nurture((_, s) => {
      s.S1!.cadence = { ...weekly('2025-03-11', ['tue'])!, recipientTimeZone: true };
    });
    const at = (iso: string) => ({ today: iso.slice(0, 10), nowMs: Date.parse(iso) });
    expect(found(rtz, 'rtzLeadTime', at('2025-03-10T12:00:00Z'))).toEqual([]);
    expect(found(rtz, 'rtzLeadTime', at('2025-03-10T12:01:00Z'))).toEqual([
      'rtzLeadTime@stream:S1',
    ]);
    // A first cast already past is not 25 hours ahead either.
    expect(found(rtz, 'rtzLeadTime', at('2025-04-01T00:00:00Z'))).toHaveLength(1);
    // Without recipient time zone a past first cast is fine for the panel.
    expect(
      found(
        nurture(() => {}),
        'rtzLeadTime',
        at('2025-04-01T00:00:00Z'),
      ),
    ).toEqual([]);
  });
});
