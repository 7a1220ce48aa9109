/** The cast, R25-R31 and R33, R37: audience, the top-to-bottom walk, blocking and program items. */
import { describe, it } from 'vitest';
import type { Person, Stream } from '../../../src/model';
import { emails, nurtureA, run, weekly, withPeople } from '../../fixtures/builders';
import { ev, expectRecords, scenario } from './helpers';

const A = '2025-03-03T10:00';

describe('R25 audience', () => {
  it('R25/R33: the audience is the Normal members of the stream at the cast instant; a resume at 09:00 counts, one at 09:30 does not', () => {
    const s = withPeople(
      nurtureA(),
      ['ann', 'dana', 'dev', 'pat', 'rex'],
      [
        ev.add(A, 'ann', 'S1'),
        ev.add(A, 'dana', 'S2'),
        ev.add(A, 'dev', 'S1'),
        ev.add(A, 'pat', 'S1'),
        ev.add(A, 'rex', 'S1'),
        ev.pause('2025-03-03T12:00', 'dev'),
        ev.pause('2025-03-03T12:00', 'pat'),
        ev.pause('2025-03-03T12:00', 'rex'),
        ev.resume('2025-03-04T09:00', 'pat'),
        ev.resume('2025-03-04T09:30', 'rex'),
      ],
    );
    expectRecords(run(s, { until: '2025-03-04' }), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'move 2025-03-03T15:00:00Z dana ->S2 event',
      'move 2025-03-03T15:00:00Z dev ->S1 event',
      'move 2025-03-03T15:00:00Z pat ->S1 event',
      'move 2025-03-03T15:00:00Z rex ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-04T14:00:00Z pat S1 E1',
    ]);
  });
});

describe('R26 one item per cast, top to bottom', () => {
  it('R26/R27/R38: Ann gets E1, E2, E3 on three Tuesdays, one per cast, then nothing (example 1)', () => {
    const s = withPeople(nurtureA(), ['ann'], [ev.add(A, 'ann', 'S1')]);
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-11T13:00:00Z ann S1 E2',
      'send 2025-03-18T13:00:00Z ann S1 E3',
      'exhausted 2025-03-18T13:00:00Z ann S1',
    ]);
  });

  it('R26/R14: the walk skips items consumed in another stream of the program', () => {
    const s = withPeople(
      nurtureA(),
      ['cara'],
      [ev.add(A, 'cara', 'S2'), ev.move('2025-03-07T12:00', 'cara', 'S1')],
    );
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z cara ->S2 event',
      'send 2025-03-06T14:00:00Z cara S2 E2',
      'move 2025-03-07T17:00:00Z cara S2>S1 event',
      'send 2025-03-11T13:00:00Z cara S1 E1',
      'send 2025-03-18T13:00:00Z cara S1 E3',
      'exhausted 2025-03-18T13:00:00Z cara S1',
    ]);
  });
});

describe('R27 email items and blocking', () => {
  it('R27: an unsubscribed person is blocked on the next item, which stays unconsumed; no later item is tried (example 8)', () => {
    const s = withPeople(
      nurtureA(),
      ['jo'],
      [
        ev.add(A, 'jo', 'S1'),
        ev.unsubscribe('2025-03-05T12:00', 'jo'),
        ev.resubscribe('2025-03-20T12:00', 'jo'),
      ],
    );
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z jo ->S1 event',
      'send 2025-03-04T14:00:00Z jo S1 E1',
      'blocked 2025-03-11T13:00:00Z jo S1 E2 unsubscribed',
      'blocked 2025-03-18T13:00:00Z jo S1 E2 unsubscribed',
      'send 2025-03-25T13:00:00Z jo S1 E2',
      'send 2025-04-01T13:00:00Z jo S1 E3',
      'exhausted 2025-04-01T13:00:00Z jo S1',
    ]);
  });

  it('R27/R33: an unsubscribe stamped at the cast instant applies first; a file-level unsubscribed person is blocked too', () => {
    const s = withPeople(
      nurtureA(),
      ['kit'],
      [
        ev.add(A, 'kit', 'S1'),
        ev.add(A, 'uma', 'S1'),
        ev.unsubscribe('2025-03-04T09:00', 'kit'),
        ev.resubscribe('2025-03-04T09:01', 'kit'),
      ],
    );
    s.people!.push({ id: 'uma', unsubscribed: true });
    expectRecords(run(s, { until: '2025-03-11' }), [
      'move 2025-03-03T15:00:00Z kit ->S1 event',
      'move 2025-03-03T15:00:00Z uma ->S1 event',
      'blocked 2025-03-04T14:00:00Z kit S1 E1 unsubscribed',
      'blocked 2025-03-04T14:00:00Z uma S1 E1 unsubscribed',
      'send 2025-03-11T13:00:00Z kit S1 E1',
      'blocked 2025-03-11T13:00:00Z uma S1 E1 unsubscribed',
    ]);
  });
});

describe('R28-R29 program items', () => {
  const stream = (): Stream => ({
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
  });

  it('R28/R29: Gus fails P1 (consumed, nothing sent), Hana qualifies, Ivan is already a P1 member and gets E3 (example 7)', () => {
    const people: Person[] = [
      { id: 'gus', attributes: { country: 'US' } },
      { id: 'hana', attributes: { country: 'CA' } },
      { id: 'ivan', attributes: { country: 'US' }, programs: ['P1'] },
    ];
    const s = scenario({
      streams: [stream()],
      people,
      events: [ev.add(A, 'gus'), ev.add(A, 'hana'), ev.add(A, 'ivan')],
      until: '2025-03-25',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z gus ->S1 event',
      'move 2025-03-03T15:00:00Z hana ->S1 event',
      'move 2025-03-03T15:00:00Z ivan ->S1 event',
      'send 2025-03-04T14:00:00Z gus S1 E1',
      'send 2025-03-04T14:00:00Z hana S1 E1',
      'send 2025-03-04T14:00:00Z ivan S1 E1',
      'program 2025-03-11T13:00:00Z gus S1 P1 qualified=false',
      'program 2025-03-11T13:00:00Z hana S1 P1 qualified=true',
      'send 2025-03-11T13:00:00Z ivan S1 E3',
      'exhausted 2025-03-11T13:00:00Z ivan S1',
      'send 2025-03-18T13:00:00Z gus S1 E3',
      'send 2025-03-18T13:00:00Z hana S1 E3',
      'exhausted 2025-03-18T13:00:00Z gus S1',
      'exhausted 2025-03-18T13:00:00Z hana S1',
    ]);
  });

  it('R29: a blocked (unsubscribed) person who qualifies still consumes the program item; the next email is blocked', () => {
    const s = scenario({
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-04', ['tue']),
          content: [{ id: 'P1', type: 'program' }, ...emails('E2')],
        },
      ],
      people: [{ id: 'jo', unsubscribed: true }],
      events: [ev.add(A, 'jo')],
      until: '2025-03-18',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z jo ->S1 event',
      'program 2025-03-04T14:00:00Z jo S1 P1 qualified=true',
      'blocked 2025-03-11T13:00:00Z jo S1 E2 unsubscribed',
      'blocked 2025-03-18T13:00:00Z jo S1 E2 unsubscribed',
    ]);
  });

  it('R37: the smart list that added someone is not re-checked; a program item qualifies on the data at the cast', () => {
    const s = scenario({
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-03-04', ['tue']),
          content: [stream().content![1]!, ...emails('E2')],
        },
      ],
      people: [
        { id: 'ca', attributes: { country: 'CA' } },
        { id: 'us', attributes: { country: 'US' } },
      ],
      events: [
        ev.add(A, 'ca'),
        ev.add(A, 'us'),
        ev.set('2025-03-03T12:00', 'ca', 'country', 'US'),
        ev.set('2025-03-03T12:00', 'us', 'country', 'CA'),
      ],
      until: '2025-03-11',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ca ->S1 event',
      'move 2025-03-03T15:00:00Z us ->S1 event',
      'program 2025-03-04T14:00:00Z ca S1 P1 qualified=false',
      'program 2025-03-04T14:00:00Z us S1 P1 qualified=true',
      'send 2025-03-11T13:00:00Z ca S1 E2',
      'send 2025-03-11T13:00:00Z us S1 E2',
      'exhausted 2025-03-11T13:00:00Z ca S1',
      'exhausted 2025-03-11T13:00:00Z us S1',
    ]);
  });
});

describe('R31 priority decides', () => {
  it('R31/R40: E0 activated at the top on 3/19 reaches exhausted Ann and Ben on 3/25; Ben gets E3 on 4/1 (example 3)', () => {
    const s = nurtureA();
    s.program.streams[0]!.content = [
      { id: 'E0', type: 'email', active: false },
      ...emails('E1', 'E2', 'E3'),
    ];
    const sc = withPeople(
      s,
      ['ann', 'ben'],
      [
        ev.add(A, 'ann', 'S1'),
        ev.add('2025-03-04T09:30', 'ben', 'S1'),
        ev.activate('2025-03-19T12:00', 'E0'),
      ],
    );
    expectRecords(run(sc), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'move 2025-03-04T14:30:00Z ben ->S1 event',
      'send 2025-03-11T13:00:00Z ann S1 E2',
      'send 2025-03-11T13:00:00Z ben S1 E1',
      'send 2025-03-18T13:00:00Z ann S1 E3',
      'exhausted 2025-03-18T13:00:00Z ann S1',
      'send 2025-03-18T13:00:00Z ben S1 E2',
      'send 2025-03-25T13:00:00Z ann S1 E0',
      'send 2025-03-25T13:00:00Z ben S1 E0',
      'send 2025-04-01T13:00:00Z ben S1 E3',
      'exhausted 2025-04-01T13:00:00Z ben S1',
    ]);
  });
});
