/** Exhaustion, R38-R41. */
import { describe, it } from 'vitest';
import type { Scenario } from '../../../src/model';
import { emails, nurtureA, run, weekly, withPeople } from '../../fixtures/builders';
import { ev, expectRecords, idle, scenario } from './helpers';

const A = '2025-03-03T10:00';

function withBatch(s: Scenario, from: string, to: string) {
  s.program.batchMoves = [
    { id: 'b1', from, to, time: '07:00', filters: [{ type: 'exhausted', value: true }] },
  ];
  return s;
}

describe('R38 exhausted', () => {
  it('R38/R39: a stream with no active content, or no content, exhausts its members (paused ones too) at its first cast', () => {
    const s = scenario({
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-04', ['tue']),
          content: [{ id: 'E1', type: 'email', active: false }],
        },
        { id: 'S2', cadence: weekly('2025-03-06', ['thu']) },
      ],
      people: ['ann', 'dev', 'cy'],
      events: [
        ev.add(A, 'ann'),
        ev.add(A, 'dev'),
        ev.add(A, 'cy', 'S2'),
        ev.pause('2025-03-03T12:00', 'dev'),
      ],
      until: '2025-03-13',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'move 2025-03-03T15:00:00Z dev ->S1 event',
      'move 2025-03-03T15:00:00Z cy ->S2 event',
      'exhausted 2025-03-04T14:00:00Z ann S1',
      'exhausted 2025-03-04T14:00:00Z dev S1',
      'exhausted 2025-03-06T14:00:00Z cy S2',
    ]);
  });

  it('R38/R40: only items eligible at the cast count: Eve is exhausted on 3/11 before E2 opens, then gets E2 on 3/18 with no second record (example 6)', () => {
    const s = nurtureA();
    s.program.streams[0]!.content = [
      ...emails('E1'),
      { id: 'E2', type: 'email', activeFrom: '2025-03-15' },
      ...emails('E3'),
    ];
    expectRecords(run(withPeople(s, ['eve'], [ev.add(A, 'eve', 'S1')])), [
      'move 2025-03-03T15:00:00Z eve ->S1 event',
      'send 2025-03-04T14:00:00Z eve S1 E1',
      'send 2025-03-11T13:00:00Z eve S1 E3',
      'exhausted 2025-03-11T13:00:00Z eve S1',
      'send 2025-03-18T13:00:00Z eve S1 E2',
    ]);
  });
});

describe('R39 when the flag updates', () => {
  it('R39: the flag is recomputed for paused members after each cast', () => {
    const s = withPeople(
      nurtureA(),
      ['dev'],
      [
        ev.add(A, 'dev', 'S1'),
        ev.pause('2025-03-12T12:00', 'dev'),
        ev.deactivate('2025-03-12T12:00', 'E3'),
      ],
    );
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z dev ->S1 event',
      'send 2025-03-04T14:00:00Z dev S1 E1',
      'send 2025-03-11T13:00:00Z dev S1 E2',
      'exhausted 2025-03-18T13:00:00Z dev S1',
    ]);
  });

  it("R39: after a move the flag is false until the new stream's next cast (a 07:00 exhausted batch waits for it)", () => {
    const s = withBatch(nurtureA(), 'S2', 'S3');
    s.program.streams[1]!.content = emails('E2');
    s.program.streams.push(idle('S3'));
    const sc = withPeople(
      s,
      ['ann'],
      [ev.add(A, 'ann', 'S1'), ev.move('2025-03-19T12:00', 'ann', 'S2')],
    );
    expectRecords(run(sc, { until: '2025-03-31' }), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-11T13:00:00Z ann S1 E2',
      'send 2025-03-18T13:00:00Z ann S1 E3',
      'exhausted 2025-03-18T13:00:00Z ann S1',
      'move 2025-03-19T16:00:00Z ann S1>S2 event',
      'exhausted 2025-03-20T13:00:00Z ann S2',
      'move 2025-03-21T11:00:00Z ann S2>S3 batch:b1',
    ]);
  });
});

describe('R40 exhaustion is never final', () => {
  it('R40: new items reach an exhausted person top first; the flag drops and a new exhausted record follows', () => {
    const s = nurtureA();
    s.program.streams[0]!.content = [
      { id: 'E0', type: 'email', active: false },
      ...emails('E1', 'E2', 'E3'),
      { id: 'E9', type: 'email', active: false },
    ];
    const sc = withPeople(
      s,
      ['ann'],
      [
        ev.add(A, 'ann', 'S1'),
        ev.activate('2025-03-20T12:00', 'E9'),
        ev.activate('2025-03-20T12:00', 'E0'),
      ],
    );
    expectRecords(run(sc), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-11T13:00:00Z ann S1 E2',
      'send 2025-03-18T13:00:00Z ann S1 E3',
      'exhausted 2025-03-18T13:00:00Z ann S1',
      'send 2025-03-25T13:00:00Z ann S1 E0',
      'send 2025-04-01T13:00:00Z ann S1 E9',
      'exhausted 2025-04-01T13:00:00Z ann S1',
    ]);
  });
});

describe('R41 exhausted -> next stream', () => {
  it('R41: a daily 07:00 batch moves exhausted Ann to S2 on 3/19; E2 is skipped, so E4 3/20, E5 3/27 (example 14)', () => {
    const s = withPeople(withBatch(nurtureA(), 'S1', 'S2'), ['ann'], [ev.add(A, 'ann', 'S1')]);
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-11T13:00:00Z ann S1 E2',
      'send 2025-03-18T13:00:00Z ann S1 E3',
      'exhausted 2025-03-18T13:00:00Z ann S1',
      'move 2025-03-19T11:00:00Z ann S1>S2 batch:b1',
      'send 2025-03-20T13:00:00Z ann S2 E4',
      'send 2025-03-27T13:00:00Z ann S2 E5',
      'exhausted 2025-03-27T13:00:00Z ann S2',
    ]);
  });
});
