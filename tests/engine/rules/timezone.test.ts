/**
 * Time zones: R23 (recipient set, recipient time zone), R24, daylight saving (semantics 1), event
 * offsets (semantics 2) and the recipient-set instant of RTZ casts (semantics 7).
 */
import { describe, it } from 'vitest';
import type { Stream } from '../../../src/model';
import { emails, nurtureA, run, weekly, withPeople } from '../../fixtures/builders';
import { ev, expectRecords, idle, scenario } from './helpers';

const rtz = (firstCast: string, content: Stream['content'], time = '09:00'): Stream => ({
  id: 'S1',
  cadence: { ...weekly(firstCast, ['tue'], time), recipientTimeZone: true } as Stream['cadence'],
  content,
});

describe('daylight saving (semantics 1)', () => {
  it('semantics 1: a 02:30 cast on the spring-forward Sunday 2025-03-09 moves to 03:30 EDT (07:30Z)', () => {
    const s = scenario({
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-02', ['sun'], '02:30'),
          content: emails('E1', 'E2', 'E3'),
        },
      ],
      people: ['ann'],
      events: [ev.add('2025-03-01T10:00', 'ann')],
      until: '2025-03-16',
    });
    expectRecords(run(s), [
      'move 2025-03-01T15:00:00Z ann ->S1 event',
      'send 2025-03-02T07:30:00Z ann S1 E1',
      'send 2025-03-09T07:30:00Z ann S1 E2',
      'send 2025-03-16T06:30:00Z ann S1 E3',
      'exhausted 2025-03-16T06:30:00Z ann S1',
    ]);
  });

  it('semantics 1: 01:30 on 2025-11-02 (overlap) is the earlier instant 05:30Z, for an event and for a cast', () => {
    const s = scenario({
      streams: [
        { id: 'S1', cadence: weekly('2025-10-26', ['sun'], '01:30'), content: emails('E1', 'E2') },
      ],
      people: ['eve'],
      events: [ev.add('2025-11-02T01:30', 'eve')],
      from: '2025-10-20',
      until: '2025-11-09',
    });
    // The join at 05:30Z is at the cast instant, so it applies first (R33) and Eve is in the cast.
    expectRecords(run(s), [
      'move 2025-11-02T05:30:00Z eve ->S1 event',
      'send 2025-11-02T05:30:00Z eve S1 E1',
      'send 2025-11-09T06:30:00Z eve S1 E2',
      'exhausted 2025-11-09T06:30:00Z eve S1',
    ]);
  });

  it('semantics 1: Europe/Berlin: the gap on 2025-03-30 moves 02:30 to 03:30 CEST; an event at 02:30 on 2025-10-26 is 00:30Z', () => {
    const s = scenario({
      timeZone: 'Europe/Berlin',
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-23', ['sun'], '02:30'),
          content: emails('E1', 'E2', 'E3'),
        },
      ],
      people: ['ann', 'eva'],
      events: [ev.add('2025-03-20T10:00', 'ann'), ev.add('2025-10-26T02:30', 'eva')],
      from: '2025-03-20',
      until: '2025-10-26',
    });
    expectRecords(run(s), [
      'move 2025-03-20T09:00:00Z ann ->S1 event',
      'send 2025-03-23T01:30:00Z ann S1 E1',
      'send 2025-03-30T01:30:00Z ann S1 E2',
      'send 2025-04-06T00:30:00Z ann S1 E3',
      'exhausted 2025-04-06T00:30:00Z ann S1',
      'move 2025-10-26T00:30:00Z eva ->S1 event',
      'send 2025-10-26T00:30:00Z eva S1 E1',
    ]);
  });

  it('semantics 2: event times may carry seconds and an offset or Z', () => {
    const s = scenario({
      streams: [idle('S1')],
      people: ['a', 'b'],
      events: [ev.add('2025-03-10T12:00:30+01:00', 'a'), ev.add('2025-03-10T12:00Z', 'b')],
    });
    expectRecords(run(s), [
      'move 2025-03-10T11:00:30Z a ->S1 event',
      'move 2025-03-10T12:00:00Z b ->S1 event',
    ]);
  });
});

describe('R23 recipient set', () => {
  it('R23/R33: without RTZ the recipient set is fixed at the cast instant: a join at 09:00 is in, one at 09:30 is not (example 2)', () => {
    const s = withPeople(
      nurtureA(),
      ['bea', 'ben'],
      [ev.add('2025-03-04T09:00', 'bea', 'S1'), ev.add('2025-03-04T09:30', 'ben', 'S1')],
    );
    expectRecords(run(s, { until: '2025-03-18' }), [
      'move 2025-03-04T14:00:00Z bea ->S1 event',
      'send 2025-03-04T14:00:00Z bea S1 E1',
      'move 2025-03-04T14:30:00Z ben ->S1 event',
      'send 2025-03-11T13:00:00Z bea S1 E2',
      'send 2025-03-11T13:00:00Z ben S1 E1',
      'send 2025-03-18T13:00:00Z bea S1 E3',
      'exhausted 2025-03-18T13:00:00Z bea S1',
      'send 2025-03-18T13:00:00Z ben S1 E2',
    ]);
  });

  it("R23: without RTZ a person's own time zone does not matter: delivery is at the cast instant", () => {
    const s = nurtureA();
    s.people = [{ id: 'mo', timeZone: 'Asia/Tokyo' }];
    s.events = [ev.add('2025-03-03T10:00', 'mo', 'S1')];
    expectRecords(run(s, { until: '2025-03-04' }), [
      'move 2025-03-03T15:00:00Z mo ->S1 event',
      'send 2025-03-04T14:00:00Z mo S1 E1',
    ]);
  });

  it('R23: RTZ at 09:00 on Tue 3/11: Tokyo 00:00Z, Los Angeles (PDT) 16:00Z, unknown zone 13:00Z; joins after 3/10 10:00Z miss it (example 13)', () => {
    const s = scenario({
      streams: [rtz('2025-03-11', emails('E1', 'E2', 'E3'))],
      people: [
        { id: 'mo', timeZone: 'Asia/Tokyo' },
        { id: 'ned', timeZone: 'America/Los_Angeles' },
        { id: 'ola' },
        { id: 'pat' },
        { id: 'quinn' },
      ],
      events: [
        ev.add('2025-03-03T10:00', 'mo'),
        ev.add('2025-03-03T10:00', 'ned'),
        ev.add('2025-03-03T10:00', 'ola'),
        ev.add('2025-03-10T10:00Z', 'quinn'),
        ev.add('2025-03-10T12:00Z', 'pat'),
      ],
      until: '2025-03-18',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z mo ->S1 event',
      'move 2025-03-03T15:00:00Z ned ->S1 event',
      'move 2025-03-03T15:00:00Z ola ->S1 event',
      'move 2025-03-10T10:00:00Z quinn ->S1 event',
      'move 2025-03-10T12:00:00Z pat ->S1 event',
      'send 2025-03-11T00:00:00Z mo S1 E1',
      'send 2025-03-11T13:00:00Z ola S1 E1',
      'send 2025-03-11T13:00:00Z quinn S1 E1',
      'send 2025-03-11T16:00:00Z ned S1 E1',
      'send 2025-03-18T00:00:00Z mo S1 E2',
      'send 2025-03-18T13:00:00Z ola S1 E2',
      'send 2025-03-18T13:00:00Z pat S1 E1',
      'send 2025-03-18T13:00:00Z quinn S1 E2',
      'send 2025-03-18T16:00:00Z ned S1 E2',
    ]);
  });

  it("R23: RTZ follows the recipient's own DST change (Europe/Berlin, 2025-03-30)", () => {
    const s = scenario({
      streams: [rtz('2025-03-25', emails('E1', 'E2'))],
      people: [{ id: 'berta', timeZone: 'Europe/Berlin' }],
      events: [ev.add('2025-03-03T10:00', 'berta')],
      until: '2025-04-01',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z berta ->S1 event',
      'send 2025-03-25T08:00:00Z berta S1 E1',
      'send 2025-04-01T07:00:00Z berta S1 E2',
      'exhausted 2025-04-01T13:00:00Z berta S1',
    ]);
  });

  it('semantics 7: the exhausted flag of an RTZ cast is set at its recipient-set instant (3/10 10:00Z), so a 07:00 batch that day sees it', () => {
    const s = scenario({
      streams: [rtz('2025-03-11', emails('E1')), idle('S2')],
      program: {
        batchMoves: [
          {
            id: 'b1',
            from: 'S1',
            to: 'S2',
            time: '07:00',
            filters: [{ type: 'exhausted', value: true }],
          },
        ],
      },
      people: [{ id: 'mo', timeZone: 'Asia/Tokyo' }],
      events: [ev.add('2025-03-03T10:00', 'mo')],
      until: '2025-03-11',
    });
    // The send was decided at 10:00Z in S1, so it is still delivered from S1 after the move.
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z mo ->S1 event',
      'move 2025-03-10T11:00:00Z mo S1>S2 batch:b1',
      'send 2025-03-11T00:00:00Z mo S1 E1',
      'exhausted 2025-03-11T13:00:00Z mo S1',
    ]);
  });
});

describe('RTZ decisions', () => {
  it('R23: under RTZ whether a send is blocked is decided at the recipient-set instant; an unsubscribe or a capped email after it does not stop the delivery; blocked records carry the program-zone cast instant', () => {
    const s = scenario({
      streams: [rtz('2025-03-11', emails('E1', 'E2'))],
      program: { communicationLimits: { perDay: 1 } },
      people: ['ola', 'uli', { id: 'mo', timeZone: 'Asia/Tokyo', unsubscribed: true }],
      events: [
        ev.add('2025-03-03T10:00', 'ola'),
        ev.add('2025-03-03T10:00', 'uli'),
        ev.add('2025-03-03T10:00', 'mo'),
        ev.unsubscribe('2025-03-10T12:00Z', 'ola'),
        ev.external('2025-03-11T08:00', 'uli'),
      ],
      until: '2025-03-18',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ola ->S1 event',
      'move 2025-03-03T15:00:00Z uli ->S1 event',
      'move 2025-03-03T15:00:00Z mo ->S1 event',
      'blocked 2025-03-11T13:00:00Z mo S1 E1 unsubscribed',
      'send 2025-03-11T13:00:00Z ola S1 E1',
      'send 2025-03-11T13:00:00Z uli S1 E1',
      'blocked 2025-03-18T13:00:00Z mo S1 E1 unsubscribed',
      'blocked 2025-03-18T13:00:00Z ola S1 E2 unsubscribed',
      'send 2025-03-18T13:00:00Z uli S1 E2',
      'exhausted 2025-03-18T13:00:00Z uli S1',
    ]);
  });
});

describe('RTZ eligibility', () => {
  it('R23/R9: an RTZ cast uses its cast date for windows, and an item activated after the recipient-set instant waits for the next cast', () => {
    const s = scenario({
      streams: [
        rtz('2025-03-11', [
          { id: 'E5', type: 'email', active: false },
          { id: 'E0', type: 'email', activeFrom: '2025-03-11' },
          ...emails('E1'),
        ]),
      ],
      people: [{ id: 'mo', timeZone: 'Asia/Tokyo' }, 'ola'],
      events: [
        ev.add('2025-03-03T10:00', 'mo'),
        ev.add('2025-03-03T10:00', 'ola'),
        ev.activate('2025-03-10T12:00Z', 'E5'),
      ],
      until: '2025-03-18',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z mo ->S1 event',
      'move 2025-03-03T15:00:00Z ola ->S1 event',
      'send 2025-03-11T00:00:00Z mo S1 E0',
      'send 2025-03-11T13:00:00Z ola S1 E0',
      'send 2025-03-18T00:00:00Z mo S1 E5',
      'send 2025-03-18T13:00:00Z ola S1 E5',
    ]);
  });
});

describe('R24 RTZ and program items', () => {
  it('R24: in an RTZ stream a program item runs at the cast time in the program zone; emails go by recipient zone', () => {
    const s = scenario({
      streams: [rtz('2025-03-11', [{ id: 'P1', type: 'program' }, ...emails('E2')])],
      people: [{ id: 'mo', timeZone: 'Asia/Tokyo' }],
      events: [ev.add('2025-03-03T10:00', 'mo')],
      until: '2025-03-18',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z mo ->S1 event',
      'program 2025-03-11T13:00:00Z mo S1 P1 qualified=true',
      'send 2025-03-18T00:00:00Z mo S1 E2',
      'exhausted 2025-03-18T13:00:00Z mo S1',
    ]);
  });
});
