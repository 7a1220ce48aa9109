/**
 * A limit block names the cap and the deliveries that used it (R34-R36, semantics 8): sends
 * (recipient-time-zone ones once decided), qualified program items, non-operational external
 * emails, counted on the program-zone day of their delivery.
 */
import { describe, expect, it } from 'vitest';
import { explainPerson } from '../../src/engine';
import type { Stream } from '../../src/model';
import { emails, lines, run, weekly } from '../fixtures/builders';
import { castOn, examplePlan, planOf } from './explainHelpers';
import { ev, scenario } from './rules/helpers';

const DAILY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

describe('a limit block says which cap and which deliveries used it (R34-R36)', () => {
  it("example 9: Kim's E1 on 3/4 is held back by the 1-per-day cap, used by her 08:00 external email (R35)", () => {
    const cast = castOn(explainPerson(examplePlan('ex09-limit-per-day'), 'kim'), '2025-03-04');
    expect(cast.items[0]).toEqual({
      content: 'E1',
      name: 'E1',
      verdict: 'blocked',
      reason: 'limit',
      limit: {
        cap: 'perDay',
        value: 1,
        day: '2025-03-04',
        from: '2025-03-04',
        used: [{ at: '2025-03-04T13:00:00Z', kind: 'external', index: 2 }],
      },
    });
  });

  it('R34, R29, semantics 8: per 7 days, a qualified program item and a send both count', () => {
    const doc = scenario({
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-04', DAILY),
          content: [{ id: 'P1', type: 'program' }, ...emails('E1', 'E2')],
        },
      ],
      program: { communicationLimits: { per7Days: 2 } },
      people: ['ann'],
      events: [ev.add('2025-03-03T10:00', 'ann')],
      until: '2025-03-06',
    });
    const ann = explainPerson(planOf(doc), 'ann');
    expect(castOn(ann, '2025-03-04').items[0]).toMatchObject({
      verdict: 'programRan',
      qualified: true,
      emailBlocked: null,
    });
    expect(castOn(ann, '2025-03-06').items[2]).toMatchObject({
      content: 'E2',
      verdict: 'blocked',
      limit: {
        cap: 'per7Days',
        value: 2,
        day: '2025-03-06',
        from: '2025-02-28',
        used: [
          { at: '2025-03-04T14:00:00Z', kind: 'program', stream: 'S1', content: 'P1' },
          { at: '2025-03-05T14:00:00Z', kind: 'send', stream: 'S1', content: 'E1' },
        ],
      },
    });
  });

  it('R23, semantics 8: a recipient-time-zone send decided earlier uses the day it will be delivered on', () => {
    // Mo (Tokyo) gets S1's E1 at 3/11 09:00 JST = 3/10 20:00 New York, decided at 3/10 10:00Z;
    // she then moves to S2, whose 12:00 cast that same day finds the cap already used.
    const doc = scenario({
      streams: [
        {
          id: 'S1',
          cadence: {
            ...weekly('2025-03-11', ['tue']),
            recipientTimeZone: true,
          } as Stream['cadence'],
          content: emails('E1'),
        },
        { id: 'S2', cadence: weekly('2025-03-10', ['mon'], '12:00'), content: emails('E4') },
      ],
      program: { communicationLimits: { perDay: 1 } },
      people: [{ id: 'mo', timeZone: 'Asia/Tokyo' }],
      events: [ev.add('2025-03-03T10:00', 'mo', 'S1'), ev.move('2025-03-10T07:00', 'mo', 'S2')],
      until: '2025-03-11',
    });
    expect(lines(run(doc))).toContain('blocked 2025-03-10T16:00:00Z mo S2 E4 limit');
    expect(castOn(explainPerson(planOf(doc), 'mo'), '2025-03-10').items[0]).toMatchObject({
      verdict: 'blocked',
      limit: {
        cap: 'perDay',
        day: '2025-03-10',
        used: [{ at: '2025-03-11T00:00:00Z', kind: 'send', stream: 'S1', content: 'E1' }],
      },
    });
  });

  it('R36, semantics 8: a program item whose email the cap held back is consumed, says so, and counts nothing', () => {
    const doc = scenario({
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-04', DAILY),
          content: [{ id: 'P1', type: 'program' }, ...emails('E1')],
        },
      ],
      program: { communicationLimits: { perDay: 1 } },
      people: ['ann'],
      events: [ev.add('2025-03-03T10:00', 'ann'), ev.external('2025-03-04T08:00', 'ann')],
      until: '2025-03-05',
    });
    const ann = explainPerson(planOf(doc), 'ann');
    expect(castOn(ann, '2025-03-04').items[0]).toMatchObject({
      verdict: 'programRan',
      qualified: true,
      emailBlocked: { reason: 'limit', limit: { cap: 'perDay', used: [{ kind: 'external' }] } },
    });
    expect(castOn(ann, '2025-03-05').items[1]).toMatchObject({ content: 'E1', verdict: 'sent' });
  });
});
