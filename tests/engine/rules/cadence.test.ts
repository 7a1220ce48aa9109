/**
 * Cadence and schedule, R17-R22 and semantics 4. An unsubscribed "watcher" gets a `blocked` record at
 * every cast of its stream, which makes the cast calendar itself visible in the records.
 */
import { describe, expect, it } from 'vitest';
import type { Stream } from '../../../src/model';
import { emails, nurtureA, run, weekly, withPeople } from '../../fixtures/builders';
import { ev, expectRecords, idle, scenario } from './helpers';

const watcher = { id: 'w', unsubscribed: true };

function watch(stream: Stream, addAt: string, from: string, until: string) {
  return run(
    scenario({
      streams: [stream],
      people: [watcher],
      events: [ev.add(addAt, 'w')],
      from,
      until,
    }),
  );
}

describe('R17 first cast off-pattern', () => {
  it('R17: the first-cast date always casts, so a Monday first cast of a Tuesday stream gives two casts in week 0 (example 10)', () => {
    const s = scenario({
      streams: [
        { id: 'S4', cadence: weekly('2025-03-03', ['tue']), content: emails('E1', 'E2', 'E3') },
      ],
      people: ['lee'],
      events: [ev.add('2025-03-01T10:00', 'lee')],
    });
    expectRecords(run(s), [
      'move 2025-03-01T15:00:00Z lee ->S4 event',
      'send 2025-03-03T14:00:00Z lee S4 E1',
      'send 2025-03-04T14:00:00Z lee S4 E2',
      'send 2025-03-11T13:00:00Z lee S4 E3',
      'exhausted 2025-03-11T13:00:00Z lee S4',
    ]);
  });

  it('R17/R22: a first cast on a chosen weekday casts once that day, not twice', () => {
    const records = watch(
      { id: 'S1', cadence: weekly('2025-03-04', ['tue']), content: emails('E1') },
      '2025-03-03T10:00',
      '2025-03-01',
      '2025-03-11',
    );
    expectRecords(records, [
      'move 2025-03-03T15:00:00Z w ->S1 event',
      'blocked 2025-03-04T14:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-03-11T13:00:00Z w S1 E1 unsubscribed',
    ]);
  });
});

describe('R18 weekly', () => {
  it('R18: every 2 weeks Tue/Wed/Thu from Thu 3/6 casts 3/6, 3/18-20, 4/1-3; Mia gets one item per cast and nothing on 4/2 (example 11)', () => {
    const s = scenario({
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-06', ['tue', 'wed', 'thu'], '09:00', 2),
          content: emails('E1', 'E2', 'E3', 'E4', 'E5'),
        },
      ],
      people: ['mia'],
      events: [ev.add('2025-03-01T10:00', 'mia')],
      until: '2025-04-03',
    });
    expectRecords(run(s), [
      'move 2025-03-01T15:00:00Z mia ->S1 event',
      'send 2025-03-06T14:00:00Z mia S1 E1',
      'send 2025-03-18T13:00:00Z mia S1 E2',
      'send 2025-03-19T13:00:00Z mia S1 E3',
      'send 2025-03-20T13:00:00Z mia S1 E4',
      'send 2025-04-01T13:00:00Z mia S1 E5',
      'exhausted 2025-04-01T13:00:00Z mia S1',
    ]);
  });

  it('R18: the same cadence only casts in weeks 0, 2, 4... and in week 0 only on or after the first cast', () => {
    const records = watch(
      {
        id: 'S1',
        cadence: weekly('2025-03-06', ['tue', 'wed', 'thu'], '09:00', 2),
        content: emails('E1'),
      },
      '2025-03-01T10:00',
      '2025-03-01',
      '2025-04-30',
    );
    const casts = ['03-06T14', '03-18T13', '03-19T13', '03-20T13', '04-01T13', '04-02T13']
      .concat(['04-03T13', '04-15T13', '04-16T13', '04-17T13', '04-29T13', '04-30T13'])
      .map((t) => `blocked 2025-${t}:00:00Z w S1 E1 unsubscribed`);
    expectRecords(records, ['move 2025-03-01T15:00:00Z w ->S1 event', ...casts]);
  });

  it('R18: every 1 week on all seven days is a daily cast (across the 3/9 DST change)', () => {
    const all = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    const records = watch(
      { id: 'S1', cadence: weekly('2025-03-05', all), content: emails('E1') },
      '2025-03-01T10:00',
      '2025-03-01',
      '2025-03-10',
    );
    expectRecords(records, [
      'move 2025-03-01T15:00:00Z w ->S1 event',
      'blocked 2025-03-05T14:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-03-06T14:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-03-07T14:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-03-08T14:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-03-09T13:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-03-10T13:00:00Z w S1 E1 unsubscribed',
    ]);
  });
});

describe('R18 weeks start on Sunday', () => {
  it('R18: every 2 weeks on Sun and Sat from Sat 3/8: week 0 is Sun 3/2..Sat 3/8, so Sun 3/9 is in week 1 and does not cast', () => {
    const records = watch(
      {
        id: 'S1',
        cadence: weekly('2025-03-08', ['sun', 'sat'], '09:00', 2),
        content: emails('E1'),
      },
      '2025-03-01T10:00',
      '2025-03-01',
      '2025-04-05',
    );
    expectRecords(records, [
      'move 2025-03-01T15:00:00Z w ->S1 event',
      'blocked 2025-03-08T14:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-03-16T13:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-03-22T13:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-03-30T13:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-04-05T13:00:00Z w S1 E1 unsubscribed',
    ]);
  });
});

describe('R19 monthly', () => {
  it('R19: monthly on the 3rd Tuesday at 10:00 from 3/18 casts 3/18, 4/15, 5/20, 6/17 (example 12)', () => {
    const s = scenario({
      streams: [
        {
          id: 'S1',
          cadence: {
            type: 'monthly',
            firstCast: '2025-03-18',
            time: '10:00',
            every: 1,
            nthWeekday: { n: 3, weekday: 'tue' },
          },
          content: emails('E1', 'E2', 'E3', 'E4', 'E5'),
        },
      ],
      people: ['ann'],
      events: [ev.add('2025-03-03T10:00', 'ann')],
      until: '2025-06-30',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-18T14:00:00Z ann S1 E1',
      'send 2025-04-15T14:00:00Z ann S1 E2',
      'send 2025-05-20T14:00:00Z ann S1 E3',
      'send 2025-06-17T14:00:00Z ann S1 E4',
    ]);
  });

  it('R19/semantics 4: a 3rd-Tuesday cadence first cast Thu 3/20 skips 3/18 (before the first cast): 3/20, 4/15, 5/20', () => {
    const records = watch(
      {
        id: 'S1',
        cadence: {
          type: 'monthly',
          firstCast: '2025-03-20',
          time: '10:00',
          every: 1,
          nthWeekday: { n: 3, weekday: 'tue' },
        },
        content: emails('E1'),
      },
      '2025-03-01T10:00',
      '2025-03-01',
      '2025-05-31',
    );
    expectRecords(records, [
      'move 2025-03-01T15:00:00Z w ->S1 event',
      'blocked 2025-03-20T14:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-04-15T14:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-05-20T14:00:00Z w S1 E1 unsubscribed',
    ]);
  });

  it('R19: a missing day 31 falls on the last day of the month', () => {
    const records = watch(
      {
        id: 'S1',
        cadence: {
          type: 'monthly',
          firstCast: '2025-01-31',
          time: '09:00',
          every: 1,
          dayOfMonth: 31,
        },
        content: emails('E1'),
      },
      '2025-01-02T10:00',
      '2025-01-01',
      '2025-04-30',
    );
    expectRecords(records, [
      'move 2025-01-02T15:00:00Z w ->S1 event',
      'blocked 2025-01-31T14:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-02-28T14:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-03-31T13:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-04-30T13:00:00Z w S1 E1 unsubscribed',
    ]);
  });

  it('R19/semantics 4: every 2 months on day 15 from 3/10: the first month casts 3/10 and 3/15, then May and July', () => {
    const records = watch(
      {
        id: 'S1',
        cadence: {
          type: 'monthly',
          firstCast: '2025-03-10',
          time: '09:00',
          every: 2,
          dayOfMonth: 15,
        },
        content: emails('E1'),
      },
      '2025-03-01T10:00',
      '2025-03-01',
      '2025-07-31',
    );
    expectRecords(records, [
      'move 2025-03-01T15:00:00Z w ->S1 event',
      'blocked 2025-03-10T13:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-03-15T13:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-05-15T13:00:00Z w S1 E1 unsubscribed',
      'blocked 2025-07-15T13:00:00Z w S1 E1 unsubscribed',
    ]);
  });
});

describe('R20 cadence none', () => {
  it('R20: a stream with cadence none never casts, but holds members and receives transitions', () => {
    const base = nurtureA();
    const [s1, s2] = base.program.streams;
    base.program.streams = [s1!, { ...s2!, cadence: { type: 'none' } }];
    const s = withPeople(base, ['cara'], [ev.add('2025-03-03T10:00', 'cara', 'S1')]);
    s.people!.push(watcher);
    s.events!.push(ev.add('2025-03-03T10:00', 'w', 'S2'), ev.form('2025-03-05T12:00', 'cara'));
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z cara ->S1 event',
      'move 2025-03-03T15:00:00Z w ->S2 event',
      'send 2025-03-04T14:00:00Z cara S1 E1',
      'move 2025-03-05T17:00:00Z cara S1>S2 rule:t-demo',
    ]);
  });

  it('R20: a stream without any cadence key behaves as cadence none (semantics 5)', () => {
    const s = scenario({
      streams: [{ id: 'S1', content: emails('E1') }, idle('S2')],
      people: [watcher],
      events: [ev.add('2025-03-03T10:00', 'w')],
    });
    expect(run(s).map((r) => r.type)).toEqual(['move']);
  });
});

describe('R22 one cast per stream per day', () => {
  it('R22: moving to a stream that casts later the same day gives two emails from one program that day', () => {
    const base = nurtureA();
    base.program.streams[1]!.cadence = weekly('2025-03-04', ['tue'], '15:00');
    const s = withPeople(
      base,
      ['cara'],
      [ev.add('2025-03-03T10:00', 'cara', 'S1'), ev.form('2025-03-04T10:00', 'cara')],
    );
    expectRecords(run(s, { until: '2025-03-04' }), [
      'move 2025-03-03T15:00:00Z cara ->S1 event',
      'send 2025-03-04T14:00:00Z cara S1 E1',
      'move 2025-03-04T15:00:00Z cara S1>S2 rule:t-demo',
      'send 2025-03-04T20:00:00Z cara S2 E2',
    ]);
  });
});
