/** Transition rules, R47-R50 and semantics 14, 19, 21. */
import { describe, it } from 'vitest';
import type { TransitionRule } from '../../../src/model';
import { emails, nurtureA, run, weekly, withPeople } from '../../fixtures/builders';
import { ev, expectRecords, formRule, idle, s1, scenario } from './helpers';

const A = '2025-03-03T10:00';

describe('R47 rules pull into their stream', () => {
  it('R47/R50/R14: Cara moves to S2 on the form, skips E2 there and never gets E3; Cole moves back and continues at E3 (example 4)', () => {
    const s = withPeople(
      nurtureA(),
      ['cara', 'cole'],
      [
        ev.add(A, 'cara', 'S1'),
        ev.add(A, 'cole', 'S1'),
        ev.form('2025-03-14T12:00', 'cara'),
        ev.form('2025-03-14T12:00', 'cole'),
        ev.move('2025-03-21T12:00', 'cole', 'S1'),
      ],
    );
    const common = (p: string) => [
      `move 2025-03-03T15:00:00Z ${p} ->S1 event`,
      `send 2025-03-04T14:00:00Z ${p} S1 E1`,
      `send 2025-03-11T13:00:00Z ${p} S1 E2`,
      `move 2025-03-14T16:00:00Z ${p} S1>S2 rule:t-demo`,
      `send 2025-03-20T13:00:00Z ${p} S2 E4`,
    ];
    expectRecords(run(s), [
      ...common('cara'),
      'send 2025-03-27T13:00:00Z cara S2 E5',
      'exhausted 2025-03-27T13:00:00Z cara S2',
      ...common('cole'),
      'move 2025-03-21T16:00:00Z cole S2>S1 event',
      'send 2025-03-25T13:00:00Z cole S1 E3',
      'exhausted 2025-03-25T13:00:00Z cole S1',
    ]);
  });

  it('R47: any one trigger fires a rule, but all its filters must hold', () => {
    const rule: TransitionRule = {
      id: 't1',
      triggers: [
        { type: 'fillsOutForm', form: 'F-demo' },
        { type: 'attributeChanged', attribute: 'score' },
      ],
      filters: [
        { type: 'attribute', attribute: 'country', op: 'eq', value: 'CA' },
        { type: 'received', content: 'E1' },
      ],
    };
    const s = scenario({
      streams: [
        s1(),
        {
          id: 'S2',
          cadence: weekly('2025-03-06', ['thu']),
          content: emails('E2', 'E4', 'E5'),
          transitions: [rule],
        },
      ],
      people: [
        { id: 'a', attributes: { country: 'CA' } },
        { id: 'b', attributes: { country: 'US' } },
        { id: 'c', attributes: { country: 'CA' } },
      ],
      events: [
        ev.add(A, 'a'),
        ev.add(A, 'b'),
        ev.add('2025-03-05T10:00', 'c'),
        ev.form('2025-03-05T12:00', 'a'),
        ev.form('2025-03-05T12:00', 'b'),
        ev.form('2025-03-05T12:00', 'c'),
        ev.set('2025-03-12T12:00', 'c', 'score', 10),
      ],
      until: '2025-03-13',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z a ->S1 event',
      'move 2025-03-03T15:00:00Z b ->S1 event',
      'send 2025-03-04T14:00:00Z a S1 E1',
      'send 2025-03-04T14:00:00Z b S1 E1',
      'move 2025-03-05T15:00:00Z c ->S1 event',
      'move 2025-03-05T17:00:00Z a S1>S2 rule:t1',
      'send 2025-03-06T14:00:00Z a S2 E2',
      'send 2025-03-11T13:00:00Z b S1 E2',
      'send 2025-03-11T13:00:00Z c S1 E1',
      'move 2025-03-12T16:00:00Z c S1>S2 rule:t1',
      'send 2025-03-13T13:00:00Z a S2 E4',
      'send 2025-03-13T13:00:00Z c S2 E2',
    ]);
  });

  it('R47: a rule never pulls a non-member, nor someone already in its stream', () => {
    const s = withPeople(
      nurtureA(),
      ['d', 'e'],
      [ev.add(A, 'd', 'S2'), ev.form('2025-03-05T12:00', 'd'), ev.form('2025-03-05T12:00', 'e')],
    );
    expectRecords(run(s, { until: '2025-03-06' }), [
      'move 2025-03-03T15:00:00Z d ->S2 event',
      'send 2025-03-06T14:00:00Z d S2 E2',
    ]);
  });

  it('R48: transitions apply to paused members and into a stream with no content or cadence', () => {
    const s = scenario({
      streams: [s1(), idle('S2', { transitions: [formRule('t-demo', 'F-demo')] })],
      people: ['dev'],
      events: [
        ev.add(A, 'dev'),
        ev.pause('2025-03-05T12:00', 'dev'),
        ev.form('2025-03-06T12:00', 'dev'),
        ev.resume('2025-03-10T12:00', 'dev'),
      ],
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z dev ->S1 event',
      'send 2025-03-04T14:00:00Z dev S1 E1',
      'move 2025-03-06T17:00:00Z dev S1>S2 rule:t-demo',
    ]);
  });
});

describe('R49 overlapping rules (semantics 21)', () => {
  it('R49/semantics 21: the lowest display index wins; within it the first matching rule names the cause', () => {
    const caOnly = [
      { type: 'attribute' as const, attribute: 'country', op: 'eq' as const, value: 'CA' },
    ];
    const s = scenario({
      streams: [
        s1(),
        idle('S2', { transitions: [formRule('z-first', 'F-demo', caOnly), formRule('a-second')] }),
        idle('S3', { transitions: [formRule('a-rule', 'F-demo')] }),
      ],
      people: [
        { id: 'ca', attributes: { country: 'CA' } },
        { id: 'us', attributes: { country: 'US' } },
        { id: 'inS2', attributes: { country: 'CA' } },
      ],
      events: [
        ev.add(A, 'ca'),
        ev.add(A, 'us'),
        ev.add(A, 'inS2', 'S2'),
        ev.form('2025-03-05T12:00', 'ca'),
        ev.form('2025-03-05T12:00', 'us'),
        ev.form('2025-03-05T12:00', 'inS2'),
      ],
      until: '2025-03-05',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ca ->S1 event',
      'move 2025-03-03T15:00:00Z us ->S1 event',
      'move 2025-03-03T15:00:00Z inS2 ->S2 event',
      'send 2025-03-04T14:00:00Z ca S1 E1',
      'send 2025-03-04T14:00:00Z us S1 E1',
      'move 2025-03-05T17:00:00Z ca S1>S2 rule:z-first',
      'move 2025-03-05T17:00:00Z us S1>S2 rule:a-second',
      'move 2025-03-05T17:00:00Z inS2 S2>S3 rule:a-rule',
    ]);
  });
});

describe('semantics 19 streamChanged and addedToProgram', () => {
  it('semantics 19: streamChanged fires on event and batch moves, not on joins (by add or by move)', () => {
    const s = scenario({
      streams: [
        s1(),
        idle('S2', { transitions: [{ id: 'any-change', triggers: [{ type: 'streamChanged' }] }] }),
        idle('S3'),
      ],
      program: {
        batchMoves: [
          {
            id: 'b1',
            from: 'S1',
            to: 'S3',
            time: '07:00',
            filters: [{ type: 'attribute', attribute: 'batch', op: 'eq', value: true }],
          },
        ],
      },
      people: ['p', 'q', { id: 'r', attributes: { batch: true } }, 'mj'],
      events: [
        ev.add(A, 'p'),
        ev.add(A, 'q', 'S3'),
        ev.add(A, 'r'),
        ev.move(A, 'mj', 'S3'),
        ev.move('2025-03-05T12:00', 'p', 'S3'),
      ],
      until: '2025-03-05',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z p ->S1 event',
      'move 2025-03-03T15:00:00Z q ->S3 event',
      'move 2025-03-03T15:00:00Z r ->S1 event',
      'move 2025-03-03T15:00:00Z mj ->S3 event',
      'move 2025-03-04T12:00:00Z r S1>S3 batch:b1',
      'move 2025-03-04T12:00:00Z r S3>S2 rule:any-change',
      'send 2025-03-04T14:00:00Z p S1 E1',
      'move 2025-03-05T17:00:00Z p S1>S3 event',
      'move 2025-03-05T17:00:00Z p S3>S2 rule:any-change',
    ]);
  });

  it('semantics 14/19: addedToProgram fires on joins by add and by move of a non-member', () => {
    const s = scenario({
      streams: [
        s1(),
        idle('S2', {
          transitions: [
            {
              id: 'welcome',
              triggers: [{ type: 'addedToProgram' }],
              filters: [{ type: 'attribute', attribute: 'country', op: 'eq', value: 'CA' }],
            },
          ],
        }),
      ],
      people: [
        { id: 'ca', attributes: { country: 'CA' } },
        { id: 'us', attributes: { country: 'US' } },
        { id: 'mv', attributes: { country: 'CA' } },
      ],
      events: [ev.add(A, 'ca'), ev.add(A, 'us'), ev.move(A, 'mv', 'S1')],
      until: '2025-03-04',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ca ->S1 event',
      'move 2025-03-03T15:00:00Z ca S1>S2 rule:welcome',
      'move 2025-03-03T15:00:00Z us ->S1 event',
      'move 2025-03-03T15:00:00Z mv ->S1 event',
      'move 2025-03-03T15:00:00Z mv S1>S2 rule:welcome',
      'send 2025-03-04T14:00:00Z us S1 E1',
    ]);
  });
});
