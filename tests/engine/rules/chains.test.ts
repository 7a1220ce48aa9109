/** Chains of moves (R49, semantics 20) and batch moves (R41, semantics 3, 22). */
import { describe, it } from 'vitest';
import type { Scenario } from '../../../src/model';
import { emails, run } from '../../fixtures/builders';
import { ev, expectRecords, formRule, idle, s1, scenario } from './helpers';

const A = '2025-03-03T10:00';

describe('R49 chains stop after 5 moves (semantics 20)', () => {
  it('R49/semantics 20: a chain of streamChanged rules stops after 5 moves per originating event, its own move included', () => {
    const chain = [2, 3, 4, 5, 6, 7, 8].map((k) =>
      idle(`S${k}`, {
        transitions: [
          k === 2
            ? formRule('t2', 'F-demo')
            : { id: `t${k}`, triggers: [{ type: 'streamChanged', to: `S${k - 1}` }] },
        ],
      }),
    );
    const s = scenario({
      streams: [{ ...s1(), content: emails('E1') }, ...chain],
      people: ['x', 'y'],
      events: [
        ev.add(A, 'x'),
        ev.add(A, 'y'),
        ev.form('2025-03-05T12:00', 'x'),
        ev.move('2025-03-05T12:00', 'y', 'S2'),
        ev.form('2025-03-06T12:00', 'x'),
      ],
      until: '2025-03-06',
    });
    const hops = (p: string, at: string, first: string, cause: string) => [
      `move ${at} ${p} ${first}>S2 ${cause}`,
      ...[3, 4, 5, 6].map((k) => `move ${at} ${p} S${k - 1}>S${k} rule:t${k}`),
    ];
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z x ->S1 event',
      'move 2025-03-03T15:00:00Z y ->S1 event',
      'send 2025-03-04T14:00:00Z x S1 E1',
      'send 2025-03-04T14:00:00Z y S1 E1',
      'exhausted 2025-03-04T14:00:00Z x S1',
      'exhausted 2025-03-04T14:00:00Z y S1',
      ...hops('x', '2025-03-05T17:00:00Z', 'S1', 'rule:t2'),
      ...hops('y', '2025-03-05T17:00:00Z', 'S1', 'event'),
      ...hops('x', '2025-03-06T17:00:00Z', 'S6', 'rule:t2'),
    ]);
  });

  it('R49/semantics 20: a cycle of rules (S1 pulls on streamChanged to S2, S2 pulls on the form or streamChanged to S1) stops after 5 moves', () => {
    const s = scenario({
      streams: [
        { ...s1(), transitions: [{ id: 'to1', triggers: [{ type: 'streamChanged', to: 'S2' }] }] },
        idle('S2', {
          transitions: [
            {
              id: 'to2',
              triggers: [{ type: 'fillsOutForm' }, { type: 'streamChanged', to: 'S1' }],
            },
          ],
        }),
      ],
      people: ['p'],
      events: [ev.add(A, 'p'), ev.form('2025-03-05T12:00', 'p')],
      until: '2025-03-11',
    });
    const at = '2025-03-05T17:00:00Z';
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z p ->S1 event',
      'send 2025-03-04T14:00:00Z p S1 E1',
      `move ${at} p S1>S2 rule:to2`,
      `move ${at} p S2>S1 rule:to1`,
      `move ${at} p S1>S2 rule:to2`,
      `move ${at} p S2>S1 rule:to1`,
      `move ${at} p S1>S2 rule:to2`,
    ]);
  });

  it('semantics 20: one batch move is an originating event: it and the rule moves it sets off stop at 5', () => {
    const chain = [3, 4, 5, 6, 7].map((k) =>
      idle(`S${k}`, {
        transitions: [{ id: `t${k}`, triggers: [{ type: 'streamChanged', to: `S${k - 1}` }] }],
      }),
    );
    const s = scenario({
      streams: [s1(), idle('S2'), ...chain],
      program: { batchMoves: [{ id: 'b1', from: 'S1', to: 'S2', time: '07:00' }] },
      people: ['x'],
      events: [ev.add(A, 'x')],
      until: '2025-03-05',
    });
    const at = '2025-03-04T12:00:00Z';
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z x ->S1 event',
      `move ${at} x S1>S2 batch:b1`,
      ...[3, 4, 5, 6].map((k) => `move ${at} x S${k - 1}>S${k} rule:t${k}`),
    ]);
  });
});

describe('semantics 22 batch moves', () => {
  it('semantics 3: batch moves at one instant run in array order, and before a cast at that instant', () => {
    const early = [
      { type: 'attribute' as const, attribute: 'early', op: 'eq' as const, value: true },
    ];
    const s = scenario({
      streams: [s1(), idle('S2'), idle('S3')],
      program: {
        batchMoves: [
          { id: 'b1', from: 'S1', to: 'S2', time: '09:00', filters: early },
          { id: 'b2', from: 'S2', to: 'S3', time: '09:00', filters: early },
        ],
      },
      people: [{ id: 'a', attributes: { early: true } }, 'b'],
      events: [ev.add(A, 'a'), ev.add(A, 'b')],
      until: '2025-03-04',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z a ->S1 event',
      'move 2025-03-03T15:00:00Z b ->S1 event',
      'move 2025-03-04T14:00:00Z a S1>S2 batch:b1',
      'move 2025-03-04T14:00:00Z a S2>S3 batch:b2',
      'send 2025-03-04T14:00:00Z b S1 E1',
    ]);
  });

  function batchScenario(): Scenario {
    return scenario({
      streams: [s1(), idle('S2'), idle('S3')],
      program: {
        batchMoves: [
          {
            id: 'b1',
            to: 'S2',
            time: '07:00',
            filters: [{ type: 'attribute', attribute: 'vip', op: 'eq', value: true }],
          },
        ],
      },
      people: [
        { id: 'a', attributes: { vip: true } },
        { id: 'b', attributes: { vip: true } },
        { id: 'c', attributes: { vip: false } },
        { id: 'd', attributes: { vip: true } },
        { id: 'e' },
      ],
      events: [
        ev.add(A, 'a'),
        ev.add(A, 'b', 'S2'),
        ev.add(A, 'c'),
        ev.add(A, 'd', 'S3'),
        ev.add(A, 'e'),
        ev.set('2025-03-04T07:00', 'e', 'vip', true),
      ],
      until: '2025-03-04',
    });
  }

  it('semantics 22/3: a batch without `from` covers every stream, skips people already in `to`, and sees events of the same instant', () => {
    expectRecords(run(batchScenario()), [
      'move 2025-03-03T15:00:00Z a ->S1 event',
      'move 2025-03-03T15:00:00Z b ->S2 event',
      'move 2025-03-03T15:00:00Z c ->S1 event',
      'move 2025-03-03T15:00:00Z d ->S3 event',
      'move 2025-03-03T15:00:00Z e ->S1 event',
      'move 2025-03-04T12:00:00Z a S1>S2 batch:b1',
      'move 2025-03-04T12:00:00Z d S3>S2 batch:b1',
      'move 2025-03-04T12:00:00Z e S1>S2 batch:b1',
      'send 2025-03-04T14:00:00Z c S1 E1',
    ]);
  });
});
