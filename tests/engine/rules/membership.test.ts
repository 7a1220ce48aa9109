/** Membership and person cadence: R3, R43-R46, R52, R54-R55 and semantics 10, 14, 15, 19. */
import { describe, it } from 'vitest';
import { emails, nurtureA, run, weekly, withPeople } from '../../fixtures/builders';
import { ev, expectRecords, idle, scenario } from './helpers';

const A = '2025-03-03T10:00';

describe('R3 one stream per program', () => {
  it('R3: adding a member to a second stream leaves them in that stream only', () => {
    const s = withPeople(nurtureA(), ['ann'], [ev.add(A, 'ann', 'S1'), ev.add(A, 'ann', 'S2')]);
    expectRecords(run(s, { until: '2025-03-13' }), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'move 2025-03-03T15:00:00Z ann S1>S2 event',
      'send 2025-03-06T14:00:00Z ann S2 E2',
      'send 2025-03-13T13:00:00Z ann S2 E4',
    ]);
  });
});

describe('R43-R44 joining (semantics 14-15)', () => {
  it('R43/R44/semantics 14: add without stream and pause/resume join the first stream (pause joins paused); move joins the named stream', () => {
    const s = withPeople(
      nurtureA(),
      ['p1', 'p2', 'p3', 'p4'],
      [
        ev.add(A, 'p1'),
        ev.move(A, 'p2', 'S2'),
        ev.pause(A, 'p3'),
        ev.resume(A, 'p4'),
        ev.resume('2025-03-12T12:00', 'p3'),
      ],
    );
    expectRecords(run(s, { until: '2025-03-18' }), [
      'move 2025-03-03T15:00:00Z p1 ->S1 event',
      'move 2025-03-03T15:00:00Z p2 ->S2 event',
      'move 2025-03-03T15:00:00Z p3 ->S1 event',
      'move 2025-03-03T15:00:00Z p4 ->S1 event',
      'send 2025-03-04T14:00:00Z p1 S1 E1',
      'send 2025-03-04T14:00:00Z p4 S1 E1',
      'send 2025-03-06T14:00:00Z p2 S2 E2',
      'send 2025-03-11T13:00:00Z p1 S1 E2',
      'send 2025-03-11T13:00:00Z p4 S1 E2',
      'send 2025-03-13T13:00:00Z p2 S2 E4',
      'send 2025-03-18T13:00:00Z p1 S1 E3',
      'send 2025-03-18T13:00:00Z p3 S1 E1',
      'send 2025-03-18T13:00:00Z p4 S1 E3',
      'exhausted 2025-03-18T13:00:00Z p1 S1',
      'exhausted 2025-03-18T13:00:00Z p4 S1',
    ]);
  });

  it('semantics 15: add or move into the current stream and remove of a non-member do nothing (no record, no streamChanged)', () => {
    const s = scenario({
      streams: [
        { id: 'S1', cadence: weekly('2025-03-04', ['tue']), content: emails('E1', 'E2') },
        idle('S2', {
          transitions: [{ id: 'back', triggers: [{ type: 'streamChanged', to: 'S1' }] }],
        }),
      ],
      people: ['a', 'b'],
      events: [
        ev.add(A, 'a'),
        ev.add('2025-03-05T12:00', 'a', 'S1'),
        ev.move('2025-03-05T12:00', 'a', 'S1'),
        ev.remove('2025-03-05T12:00', 'b'),
      ],
      until: '2025-03-11',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z a ->S1 event',
      'send 2025-03-04T14:00:00Z a S1 E1',
      'send 2025-03-11T13:00:00Z a S1 E2',
      'exhausted 2025-03-11T13:00:00Z a S1',
    ]);
  });
});

describe('R45-R46 existing members', () => {
  it('R45/R46: add of a member to another stream moves them keeping history (E2 skipped) and cadence (paused stays paused)', () => {
    const s = withPeople(
      nurtureA(),
      ['p', 'q'],
      [
        ev.add(A, 'p', 'S1'),
        ev.add(A, 'q', 'S1'),
        ev.pause('2025-03-05T12:00', 'q'),
        ev.add('2025-03-12T12:00', 'p', 'S2'),
        ev.add('2025-03-12T12:00', 'q', 'S2'),
      ],
    );
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z p ->S1 event',
      'move 2025-03-03T15:00:00Z q ->S1 event',
      'send 2025-03-04T14:00:00Z p S1 E1',
      'send 2025-03-04T14:00:00Z q S1 E1',
      'send 2025-03-11T13:00:00Z p S1 E2',
      'move 2025-03-12T16:00:00Z p S1>S2 event',
      'move 2025-03-12T16:00:00Z q S1>S2 event',
      'send 2025-03-13T13:00:00Z p S2 E4',
      'send 2025-03-20T13:00:00Z p S2 E5',
      'exhausted 2025-03-20T13:00:00Z p S2',
    ]);
  });

  it('R45/semantics 19: add of an existing member fires streamChanged but not addedToProgram', () => {
    const s = scenario({
      streams: [
        { id: 'S1', cadence: weekly('2025-03-04', ['tue']), content: emails('E1') },
        idle('S2'),
        idle('S3', { transitions: [{ id: 'welcome', triggers: [{ type: 'addedToProgram' }] }] }),
        idle('S4', {
          transitions: [{ id: 'chg', triggers: [{ type: 'streamChanged', to: 'S2' }] }],
        }),
      ],
      people: ['p'],
      events: [ev.add(A, 'p'), ev.add('2025-03-05T12:00', 'p', 'S2')],
      until: '2025-03-05',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z p ->S1 event',
      'move 2025-03-03T15:00:00Z p S1>S3 rule:welcome',
      'move 2025-03-05T17:00:00Z p S3>S2 event',
      'move 2025-03-05T17:00:00Z p S2>S4 rule:chg',
    ]);
  });
});

describe('R52 Not in Program', () => {
  it('R52/semantics 10: remove clears email consumption and cadence but keeps program items (qualified or not) consumed', () => {
    const s = scenario({
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-04', ['tue']),
          content: [
            ...emails('E1'),
            {
              id: 'P1',
              type: 'program',
              qualify: [{ type: 'attribute', attribute: 'country', op: 'eq', value: 'CA' }],
            },
            ...emails('E3'),
          ],
        },
      ],
      people: [
        { id: 'us', attributes: { country: 'US' } },
        { id: 'ca', attributes: { country: 'CA' } },
      ],
      events: [
        ev.add(A, 'us'),
        ev.add(A, 'ca'),
        ev.pause('2025-03-11T20:00', 'ca'),
        ev.remove('2025-03-12T12:00', 'us'),
        ev.remove('2025-03-12T12:00', 'ca'),
        ev.add('2025-03-13T12:00', 'us'),
        ev.add('2025-03-13T12:00', 'ca'),
      ],
      until: '2025-04-01',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z us ->S1 event',
      'move 2025-03-03T15:00:00Z ca ->S1 event',
      'send 2025-03-04T14:00:00Z us S1 E1',
      'send 2025-03-04T14:00:00Z ca S1 E1',
      'program 2025-03-11T13:00:00Z us S1 P1 qualified=false',
      'program 2025-03-11T13:00:00Z ca S1 P1 qualified=true',
      'remove 2025-03-12T16:00:00Z us',
      'remove 2025-03-12T16:00:00Z ca',
      'move 2025-03-13T16:00:00Z us ->S1 event',
      'move 2025-03-13T16:00:00Z ca ->S1 event',
      'send 2025-03-18T13:00:00Z us S1 E1',
      'send 2025-03-18T13:00:00Z ca S1 E1',
      'send 2025-03-25T13:00:00Z us S1 E3',
      'send 2025-03-25T13:00:00Z ca S1 E3',
      'exhausted 2025-03-25T13:00:00Z us S1',
      'exhausted 2025-03-25T13:00:00Z ca S1',
    ]);
  });

  it('R52: remove clears the exhausted flag, so an exhausted-members batch ignores a re-added person', () => {
    const s = withPeople(
      nurtureA(),
      ['ann'],
      [
        ev.add(A, 'ann', 'S1'),
        ev.remove('2025-03-18T12:00', 'ann'),
        ev.add('2025-03-18T14:00', 'ann', 'S1'),
      ],
    );
    s.program.batchMoves = [
      {
        id: 'b1',
        from: 'S1',
        to: 'S2',
        time: '07:00',
        filters: [{ type: 'exhausted', value: true }],
      },
    ];
    expectRecords(run(s, { until: '2025-03-25' }), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-11T13:00:00Z ann S1 E2',
      'send 2025-03-18T13:00:00Z ann S1 E3',
      'exhausted 2025-03-18T13:00:00Z ann S1',
      'remove 2025-03-18T16:00:00Z ann',
      'move 2025-03-18T18:00:00Z ann ->S1 event',
      'send 2025-03-25T13:00:00Z ann S1 E1',
    ]);
  });
});

describe('R54-R55 person cadence', () => {
  it('R54: Dev is paused 3/7 to 3/19: nothing on 3/11 and 3/18, then E2 3/25 and E3 4/1 (example 5)', () => {
    const s = withPeople(
      nurtureA(),
      ['dev'],
      [
        ev.add(A, 'dev', 'S1'),
        ev.pause('2025-03-07T12:00', 'dev'),
        ev.resume('2025-03-19T12:00', 'dev'),
      ],
    );
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z dev ->S1 event',
      'send 2025-03-04T14:00:00Z dev S1 E1',
      'send 2025-03-25T13:00:00Z dev S1 E2',
      'send 2025-04-01T13:00:00Z dev S1 E3',
      'exhausted 2025-04-01T13:00:00Z dev S1',
    ]);
  });

  it('R55: pausing applies to the whole program: a paused member moved to S2 gets nothing there until resumed', () => {
    const s = withPeople(
      nurtureA(),
      ['dev'],
      [
        ev.add(A, 'dev', 'S1'),
        ev.pause('2025-03-05T12:00', 'dev'),
        ev.move('2025-03-07T12:00', 'dev', 'S2'),
        ev.resume('2025-03-21T12:00', 'dev'),
      ],
    );
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z dev ->S1 event',
      'send 2025-03-04T14:00:00Z dev S1 E1',
      'move 2025-03-07T17:00:00Z dev S1>S2 event',
      'send 2025-03-27T13:00:00Z dev S2 E2',
      'send 2025-04-03T13:00:00Z dev S2 E4',
      'send 2025-04-10T13:00:00Z dev S2 E5',
      'exhausted 2025-04-10T13:00:00Z dev S2',
    ]);
  });
});
