/** Communication limits, R34-R36 and semantics 8-9. */
import { describe, it } from 'vitest';
import type { Program, Stream } from '../../../src/model';
import { emails, nurtureA, run, weekly, withPeople } from '../../fixtures/builders';
import { ev, expectRecords, scenario } from './helpers';

const A = '2025-03-03T10:00';

function limited(limits: Program['communicationLimits']) {
  const s = nurtureA();
  s.program.communicationLimits = limits;
  return s;
}

const p1ThenE2 = (): Stream => ({
  id: 'S1',
  cadence: weekly('2025-03-04', ['tue']),
  content: [{ id: 'P1', type: 'program' }, ...emails('E2')],
});

const demo = [{ id: 't-demo', triggers: [{ type: 'fillsOutForm' as const, form: 'F-demo' }] }];

describe('R34-R36 per-day cap', () => {
  it('R34/R36/R35: an external email at 08:00 blocks the 09:00 cast (retried next week); an operational one does not (example 9)', () => {
    const s = withPeople(
      limited({ perDay: 1 }),
      ['kim', 'lin'],
      [
        ev.add(A, 'kim', 'S1'),
        ev.add(A, 'lin', 'S1'),
        ev.external('2025-03-04T08:00', 'kim'),
        ev.external('2025-03-04T08:00', 'lin', true),
      ],
    );
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z kim ->S1 event',
      'move 2025-03-03T15:00:00Z lin ->S1 event',
      'blocked 2025-03-04T14:00:00Z kim S1 E1 limit',
      'send 2025-03-04T14:00:00Z lin S1 E1',
      'send 2025-03-11T13:00:00Z kim S1 E1',
      'send 2025-03-11T13:00:00Z lin S1 E2',
      'send 2025-03-18T13:00:00Z kim S1 E2',
      'send 2025-03-18T13:00:00Z lin S1 E3',
      'exhausted 2025-03-18T13:00:00Z lin S1',
      'send 2025-03-25T13:00:00Z kim S1 E3',
      'exhausted 2025-03-25T13:00:00Z kim S1',
    ]);
  });

  it('R34/R33: the day runs midnight to midnight in the program zone (23:30 the day before does not count, 00:30 does, so does 09:00 at the cast)', () => {
    const s = withPeople(
      limited({ perDay: 1 }),
      ['kim', 'lou', 'max'],
      [
        ev.add(A, 'kim', 'S1'),
        ev.add(A, 'lou', 'S1'),
        ev.add(A, 'max', 'S1'),
        ev.external('2025-03-03T23:30', 'kim'),
        ev.external('2025-03-04T00:30', 'lou'),
        ev.external('2025-03-04T09:00', 'max'),
      ],
    );
    expectRecords(run(s, { until: '2025-03-04' }), [
      'move 2025-03-03T15:00:00Z kim ->S1 event',
      'move 2025-03-03T15:00:00Z lou ->S1 event',
      'move 2025-03-03T15:00:00Z max ->S1 event',
      'send 2025-03-04T14:00:00Z kim S1 E1',
      'blocked 2025-03-04T14:00:00Z lou S1 E1 limit',
      'blocked 2025-03-04T14:00:00Z max S1 E1 limit',
    ]);
  });

  it('R34: engagement sends from every stream count: after E1 at 09:00 the 15:00 stream is blocked the same day', () => {
    const s = limited({ perDay: 1 });
    s.program.streams[1]!.cadence = weekly('2025-03-04', ['tue'], '15:00');
    const sc = withPeople(
      s,
      ['cara'],
      [ev.add(A, 'cara', 'S1'), ev.form('2025-03-04T10:00', 'cara')],
    );
    expectRecords(run(sc, { until: '2025-03-11' }), [
      'move 2025-03-03T15:00:00Z cara ->S1 event',
      'send 2025-03-04T14:00:00Z cara S1 E1',
      'move 2025-03-04T15:00:00Z cara S1>S2 rule:t-demo',
      'blocked 2025-03-04T20:00:00Z cara S2 E2 limit',
      'send 2025-03-11T19:00:00Z cara S2 E2',
    ]);
  });

  it('semantics 9: a person both unsubscribed and over the cap is blocked with reason unsubscribed', () => {
    const s = withPeople(
      limited({ perDay: 1 }),
      ['jo'],
      [
        ev.add(A, 'jo', 'S1'),
        ev.external('2025-03-04T08:00', 'jo'),
        ev.unsubscribe('2025-03-04T08:00', 'jo'),
      ],
    );
    expectRecords(run(s, { until: '2025-03-04' }), [
      'move 2025-03-03T15:00:00Z jo ->S1 event',
      'blocked 2025-03-04T14:00:00Z jo S1 E1 unsubscribed',
    ]);
  });
});

describe('R34 rolling 7 days (semantics 8)', () => {
  it('R34/semantics 8: the 7-day window of Tue 3/4 is 2/26..3/4: an email on 2/26 counts, one on 2/25 does not', () => {
    const s = withPeople(
      limited({ per7Days: 1 }),
      ['a', 'b'],
      [
        ev.add(A, 'a', 'S1'),
        ev.add(A, 'b', 'S1'),
        ev.external('2025-02-26T12:00', 'a'),
        ev.external('2025-02-25T12:00', 'b'),
      ],
    );
    expectRecords(run(s, { until: '2025-03-04' }), [
      'move 2025-03-03T15:00:00Z a ->S1 event',
      'move 2025-03-03T15:00:00Z b ->S1 event',
      'blocked 2025-03-04T14:00:00Z a S1 E1 limit',
      'send 2025-03-04T14:00:00Z b S1 E1',
    ]);
  });

  it('R35: blocked sends (by the limit or by unsubscribe) do not count toward the 7-day cap', () => {
    const s = withPeople(
      limited({ per7Days: 1 }),
      ['lim', 'un'],
      [
        ev.add(A, 'lim', 'S1'),
        ev.add(A, 'un', 'S1'),
        ev.external('2025-02-26T12:00', 'lim'),
        ev.unsubscribe('2025-03-03T12:00', 'un'),
        ev.resubscribe('2025-03-05T10:00', 'un'),
        ev.form('2025-03-05T12:00', 'lim'),
        ev.form('2025-03-05T12:00', 'un'),
      ],
    );
    expectRecords(run(s, { until: '2025-03-20' }), [
      'move 2025-03-03T15:00:00Z lim ->S1 event',
      'move 2025-03-03T15:00:00Z un ->S1 event',
      'blocked 2025-03-04T14:00:00Z lim S1 E1 limit',
      'blocked 2025-03-04T14:00:00Z un S1 E1 unsubscribed',
      'move 2025-03-05T17:00:00Z lim S1>S2 rule:t-demo',
      'move 2025-03-05T17:00:00Z un S1>S2 rule:t-demo',
      'send 2025-03-06T14:00:00Z lim S2 E2',
      'send 2025-03-06T14:00:00Z un S2 E2',
      'send 2025-03-13T13:00:00Z lim S2 E4',
      'send 2025-03-13T13:00:00Z un S2 E4',
      'send 2025-03-20T13:00:00Z lim S2 E5',
      'send 2025-03-20T13:00:00Z un S2 E5',
      'exhausted 2025-03-20T13:00:00Z lim S2',
      'exhausted 2025-03-20T13:00:00Z un S2',
    ]);
  });
});

describe('semantics 8: what counts', () => {
  it('semantics 8: an RTZ send already decided counts on its delivery day (Tokyo 00:00Z = 3/10 20:00 New York)', () => {
    const rtz: Stream = {
      id: 'S1',
      cadence: { ...weekly('2025-03-11', ['tue']), recipientTimeZone: true } as Stream['cadence'],
      content: emails('E1', 'E2'),
    };
    const mon: Stream = {
      id: 'S2',
      cadence: weekly('2025-03-10', ['mon'], '15:00'),
      content: emails('E4'),
      transitions: demo,
    };
    const s = scenario({
      streams: [rtz, mon],
      program: { communicationLimits: { perDay: 1 } },
      people: [{ id: 'mo', timeZone: 'Asia/Tokyo' }, { id: 'ola' }],
      events: [
        ev.add(A, 'mo'),
        ev.add(A, 'ola'),
        ev.form('2025-03-10T12:00Z', 'mo'),
        ev.form('2025-03-10T12:00Z', 'ola'),
      ],
      until: '2025-03-17',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z mo ->S1 event',
      'move 2025-03-03T15:00:00Z ola ->S1 event',
      'move 2025-03-10T12:00:00Z mo S1>S2 rule:t-demo',
      'move 2025-03-10T12:00:00Z ola S1>S2 rule:t-demo',
      'blocked 2025-03-10T19:00:00Z mo S2 E4 limit',
      'send 2025-03-10T19:00:00Z ola S2 E4',
      'exhausted 2025-03-10T19:00:00Z ola S2',
      'send 2025-03-11T00:00:00Z mo S1 E1',
      'send 2025-03-11T13:00:00Z ola S1 E1',
      'send 2025-03-17T19:00:00Z mo S2 E4',
      'exhausted 2025-03-17T19:00:00Z mo S2',
    ]);
  });

  it('semantics 8: a qualified program item counts as one email; an unqualified one and one for a blocked person do not', () => {
    const s = scenario({
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-04', ['tue']),
          content: [
            {
              id: 'P1',
              type: 'program',
              qualify: [{ type: 'attribute', attribute: 'country', op: 'eq', value: 'CA' }],
            },
          ],
        },
        {
          id: 'S2',
          cadence: weekly('2025-03-04', ['tue'], '15:00'),
          content: emails('E4'),
          transitions: demo,
        },
      ],
      program: { communicationLimits: { perDay: 1 } },
      people: [
        { id: 'ca', attributes: { country: 'CA' } },
        { id: 'us', attributes: { country: 'US' } },
        { id: 'unsub', attributes: { country: 'CA' }, unsubscribed: true },
      ],
      events: [
        ev.add(A, 'ca'),
        ev.add(A, 'us'),
        ev.add(A, 'unsub'),
        ev.resubscribe('2025-03-04T10:00', 'unsub'),
        ev.form('2025-03-04T10:00', 'ca'),
        ev.form('2025-03-04T10:00', 'us'),
        ev.form('2025-03-04T10:00', 'unsub'),
      ],
      until: '2025-03-11',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ca ->S1 event',
      'move 2025-03-03T15:00:00Z us ->S1 event',
      'move 2025-03-03T15:00:00Z unsub ->S1 event',
      'program 2025-03-04T14:00:00Z ca S1 P1 qualified=true',
      'program 2025-03-04T14:00:00Z us S1 P1 qualified=false',
      'program 2025-03-04T14:00:00Z unsub S1 P1 qualified=true',
      'exhausted 2025-03-04T14:00:00Z ca S1',
      'exhausted 2025-03-04T14:00:00Z us S1',
      'exhausted 2025-03-04T14:00:00Z unsub S1',
      'move 2025-03-04T15:00:00Z ca S1>S2 rule:t-demo',
      'move 2025-03-04T15:00:00Z us S1>S2 rule:t-demo',
      'move 2025-03-04T15:00:00Z unsub S1>S2 rule:t-demo',
      'blocked 2025-03-04T20:00:00Z ca S2 E4 limit',
      'send 2025-03-04T20:00:00Z us S2 E4',
      'send 2025-03-04T20:00:00Z unsub S2 E4',
      'exhausted 2025-03-04T20:00:00Z us S2',
      'exhausted 2025-03-04T20:00:00Z unsub S2',
      'send 2025-03-11T19:00:00Z ca S2 E4',
      'exhausted 2025-03-11T19:00:00Z ca S2',
    ]);
  });

  it('R36/R29: a program item whose email is blocked by the limit is consumed anyway', () => {
    const s = scenario({
      streams: [p1ThenE2()],
      program: { communicationLimits: { perDay: 1 } },
      people: ['kim'],
      events: [ev.add(A, 'kim'), ev.external('2025-03-04T08:00', 'kim')],
      until: '2025-03-18',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z kim ->S1 event',
      'program 2025-03-04T14:00:00Z kim S1 P1 qualified=true',
      'send 2025-03-11T13:00:00Z kim S1 E2',
      'exhausted 2025-03-11T13:00:00Z kim S1',
    ]);
  });

  it('semantics 8/R36: a program item for a person over the cap is consumed but does not count toward the 7-day cap', () => {
    const s = scenario({
      streams: [
        p1ThenE2(),
        {
          id: 'S2',
          cadence: weekly('2025-03-06', ['thu']),
          content: emails('E4'),
          transitions: demo,
        },
      ],
      program: { communicationLimits: { per7Days: 1 } },
      people: ['kim'],
      events: [
        ev.add(A, 'kim'),
        ev.external('2025-02-26T12:00', 'kim'),
        ev.form('2025-03-05T12:00', 'kim'),
      ],
      until: '2025-03-06',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z kim ->S1 event',
      'program 2025-03-04T14:00:00Z kim S1 P1 qualified=true',
      'move 2025-03-05T17:00:00Z kim S1>S2 rule:t-demo',
      'send 2025-03-06T14:00:00Z kim S2 E4',
      'exhausted 2025-03-06T14:00:00Z kim S2',
    ]);
  });

  it('R34: a cap of 0 blocks every email item', () => {
    const s = withPeople(limited({ perDay: 0 }), ['zed'], [ev.add(A, 'zed', 'S1')]);
    expectRecords(run(s, { until: '2025-03-11' }), [
      'move 2025-03-03T15:00:00Z zed ->S1 event',
      'blocked 2025-03-04T14:00:00Z zed S1 E1 limit',
      'blocked 2025-03-11T13:00:00Z zed S1 E1 limit',
    ]);
  });
});
