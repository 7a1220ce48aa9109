/**
 * The program and its content: R2, R6, R8-R11 with activate/deactivate/reorder events, and
 * semantics 15, 16, 18 and 25. (R12/R13, archiving and removing items, have no scenario form.)
 */
import { describe, expect, it } from 'vitest';
import type { Stream } from '../../../src/model';
import { parseScenario } from '../../../src/model';
import { emails, nurtureA, run, weekly, withPeople } from '../../fixtures/builders';
import { ev, expectRecords, scenario } from './helpers';

const A = '2025-03-03T10:00';

describe('R2 at most 25 streams', () => {
  const withStreams = (n: number) => {
    const s = nurtureA();
    s.program.streams = Array.from({ length: n }, (_, i) => ({ id: `S${i + 1}` }));
    return parseScenario(JSON.parse(JSON.stringify(s)));
  };

  it('R2: parseScenario rejects 26 streams at program.streams and accepts 25', () => {
    const rejected = withStreams(26);
    expect(rejected.ok).toBe(false);
    const paths = rejected.ok ? [] : rejected.problems.map((p) => p.path.join('.'));
    expect(paths).toEqual(['program.streams']);
    expect(withStreams(25).ok).toBe(true);
  });

  it('semantics 15: a join in a program with no streams makes the file invalid', () => {
    for (const event of [ev.add(A, 'ann'), ev.pause(A, 'ann'), ev.resume(A, 'ann')]) {
      const s = scenario({ streams: [], people: ['ann'], events: [event] });
      expect(parseScenario(JSON.parse(JSON.stringify(s))).ok).toBe(false);
    }
    expect(
      parseScenario(JSON.parse(JSON.stringify(scenario({ streams: [], people: ['ann'] })))).ok,
    ).toBe(true);
  });
});

describe('R6 program off (semantics 18)', () => {
  it('R6/semantics 18: casts while off are lost and resume at the next occurrence; events, rules and batch moves go on', () => {
    const s = withPeople(
      nurtureA(),
      ['ann', 'bob', 'cara'],
      [
        ev.add(A, 'ann', 'S1'),
        ev.add(A, 'bob', 'S1'),
        ev.add(A, 'cara', 'S1'),
        ev.status('2025-03-05T00:00', 'off'),
        ev.set('2025-03-06T12:00', 'bob', 'go', true),
        ev.form('2025-03-06T12:00', 'cara'),
        ev.status('2025-03-12T00:00', 'on'),
      ],
    );
    s.program.batchMoves = [
      {
        id: 'b1',
        from: 'S1',
        to: 'S2',
        time: '07:00',
        filters: [{ type: 'attribute', attribute: 'go', op: 'eq', value: true }],
      },
    ];
    expectRecords(run(s, { until: '2025-03-18' }), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'move 2025-03-03T15:00:00Z bob ->S1 event',
      'move 2025-03-03T15:00:00Z cara ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-04T14:00:00Z bob S1 E1',
      'send 2025-03-04T14:00:00Z cara S1 E1',
      'move 2025-03-06T17:00:00Z cara S1>S2 rule:t-demo',
      'move 2025-03-07T12:00:00Z bob S1>S2 batch:b1',
      'send 2025-03-13T13:00:00Z bob S2 E2',
      'send 2025-03-13T13:00:00Z cara S2 E2',
      'send 2025-03-18T13:00:00Z ann S1 E2',
    ]);
  });

  it('semantics 18: a lost cast updates no exhausted flag (status off in the file, turned on 3/5)', () => {
    const s = scenario({
      streams: [{ id: 'S1', cadence: weekly('2025-03-04', ['tue']) }],
      program: { status: 'off' },
      people: ['ann'],
      events: [ev.add(A, 'ann'), ev.status('2025-03-05T12:00', 'on')],
      until: '2025-03-11',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'exhausted 2025-03-11T13:00:00Z ann S1',
    ]);
  });

  it('R6/R33: status changes stamped at the cast instant apply first (on at 09:00 casts, off at 09:00 loses the cast)', () => {
    const s = withPeople(
      nurtureA(),
      ['ann'],
      [
        ev.add(A, 'ann', 'S1'),
        ev.status('2025-03-04T09:00', 'on'),
        ev.status('2025-03-11T09:00', 'off'),
      ],
    );
    s.program.status = 'off';
    expectRecords(run(s, { until: '2025-03-18' }), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
    ]);
  });

  it('semantics 18: an RTZ cast is lost only if the program is off at its recipient-set instant (3/10 10:00Z)', () => {
    const stream: Stream = {
      id: 'S1',
      cadence: { ...weekly('2025-03-11', ['tue']), recipientTimeZone: true } as Stream['cadence'],
      content: emails('E1', 'E2'),
    };
    const make = (offAt: string) =>
      scenario({
        streams: [stream],
        people: [{ id: 'mo', timeZone: 'Asia/Tokyo' }, { id: 'ola' }],
        events: [
          ev.add(A, 'mo'),
          ev.add(A, 'ola'),
          ev.status(offAt, 'off'),
          ev.status('2025-03-12T00:00', 'on'),
        ],
        until: '2025-03-18',
      });
    const joins = [
      'move 2025-03-03T15:00:00Z mo ->S1 event',
      'move 2025-03-03T15:00:00Z ola ->S1 event',
    ];
    expectRecords(run(make('2025-03-10T12:00Z')), [
      ...joins,
      'send 2025-03-11T00:00:00Z mo S1 E1',
      'send 2025-03-11T13:00:00Z ola S1 E1',
      'send 2025-03-18T00:00:00Z mo S1 E2',
      'send 2025-03-18T13:00:00Z ola S1 E2',
      'exhausted 2025-03-18T13:00:00Z mo S1',
      'exhausted 2025-03-18T13:00:00Z ola S1',
    ]);
    expectRecords(run(make('2025-03-10T09:00Z')), [
      ...joins,
      'send 2025-03-18T00:00:00Z mo S1 E1',
      'send 2025-03-18T13:00:00Z ola S1 E1',
    ]);
  });
});

describe('R8-R11 content', () => {
  it('R8/R10: an inactive item is never cast and stays unconsumed until activated', () => {
    const s = nurtureA();
    s.program.streams[0]!.content = [
      { id: 'E1', type: 'email', active: false },
      ...emails('E2', 'E3'),
    ];
    const sc = withPeople(
      s,
      ['ann'],
      [ev.add(A, 'ann', 'S1'), ev.activate('2025-03-12T12:00', 'E1')],
    );
    expectRecords(run(sc), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E2',
      'send 2025-03-11T13:00:00Z ann S1 E3',
      'exhausted 2025-03-11T13:00:00Z ann S1',
      'send 2025-03-18T13:00:00Z ann S1 E1',
    ]);
  });

  it('R9/R10/semantics 25: window dates are inclusive and compared with the cast date in the program zone (21:00 New York)', () => {
    const s = scenario({
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-04', ['tue'], '21:00'),
          content: [
            { id: 'E0', type: 'email', activeFrom: '2025-03-10', activeThrough: '2025-03-01' },
            { id: 'E1', type: 'email', activeThrough: '2025-03-04' },
            { id: 'E2', type: 'email', activeThrough: null },
            { id: 'E3', type: 'email', activeFrom: '2025-03-18' },
          ],
        },
      ],
      people: ['ann', 'ben'],
      events: [ev.add(A, 'ann'), ev.add('2025-03-05T10:00', 'ben')],
      until: '2025-03-18',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-05T02:00:00Z ann S1 E1',
      'move 2025-03-05T15:00:00Z ben ->S1 event',
      'send 2025-03-12T01:00:00Z ann S1 E2',
      'send 2025-03-12T01:00:00Z ben S1 E2',
      'exhausted 2025-03-12T01:00:00Z ann S1',
      'exhausted 2025-03-12T01:00:00Z ben S1',
      'send 2025-03-19T01:00:00Z ann S1 E3',
      'send 2025-03-19T01:00:00Z ben S1 E3',
    ]);
  });

  it('R11: a reorder event changes the priority from the next cast on', () => {
    const s = withPeople(
      nurtureA(),
      ['ann'],
      [ev.add(A, 'ann', 'S1'), ev.reorder('2025-03-05T12:00', 'S1', ['E3', 'E2', 'E1'])],
    );
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-11T13:00:00Z ann S1 E3',
      'send 2025-03-18T13:00:00Z ann S1 E2',
      'exhausted 2025-03-18T13:00:00Z ann S1',
    ]);
  });

  it('R33/R11/R8: program edits stamped at the cast instant apply before the cast', () => {
    const s = nurtureA();
    s.program.streams[0]!.content = [
      { id: 'E0', type: 'email', active: false },
      ...emails('E1', 'E2', 'E3'),
    ];
    const sc = withPeople(
      s,
      ['ann'],
      [
        ev.add(A, 'ann', 'S1'),
        ev.activate('2025-03-04T09:00', 'E0'),
        ev.reorder('2025-03-11T09:00', 'S1', ['E0', 'E3', 'E2', 'E1']),
      ],
    );
    expectRecords(run(sc, { until: '2025-03-11' }), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E0',
      'send 2025-03-11T13:00:00Z ann S1 E3',
    ]);
  });

  it('semantics 16: activate/deactivate switch a content id in every stream', () => {
    const s = withPeople(
      nurtureA(),
      ['ann', 'dan'],
      [
        ev.add(A, 'ann', 'S1'),
        ev.add(A, 'dan', 'S2'),
        ev.deactivate('2025-03-05T12:00', 'E2'),
        ev.activate('2025-03-14T12:00', 'E2'),
      ],
    );
    expectRecords(run(s, { until: '2025-03-20' }), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'move 2025-03-03T15:00:00Z dan ->S2 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-06T14:00:00Z dan S2 E4',
      'send 2025-03-11T13:00:00Z ann S1 E3',
      'exhausted 2025-03-11T13:00:00Z ann S1',
      'send 2025-03-13T13:00:00Z dan S2 E5',
      'exhausted 2025-03-13T13:00:00Z dan S2',
      'send 2025-03-18T13:00:00Z ann S1 E2',
      'send 2025-03-20T13:00:00Z dan S2 E2',
    ]);
  });
});
