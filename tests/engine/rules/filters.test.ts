/** Triggers and filters, R51 and semantics 13, 17, 23 and 24. */
import { describe, it } from 'vitest';
import type { Filter, Person, Stream, TransitionRule } from '../../../src/model';
import { emails, run, weekly } from '../../fixtures/builders';
import { ev, expectRecords, idle, scenario } from './helpers';

const A = '2025-03-03T10:00';
const D = '2025-03-05T12:00';
const onForm = (id: string, form: string, filters: Filter[]): TransitionRule => ({
  id,
  triggers: [{ type: 'fillsOutForm', form }],
  filters,
});

describe('R51 triggers', () => {
  it('R51/semantics 13/24: score-change with a condition, any form, a click on one email, any open (scripted, never received)', () => {
    const s = scenario({
      streams: [
        { id: 'S1', cadence: weekly('2025-03-04', ['tue']), content: emails('E1', 'E2', 'E3') },
        idle('S2', {
          transitions: [
            {
              id: 'tScore',
              triggers: [
                { type: 'attributeChanged', attribute: 'score', to: { op: 'gte', value: 50 } },
              ],
            },
            { id: 'tForm', triggers: [{ type: 'fillsOutForm' }] },
            { id: 'tClick', triggers: [{ type: 'clicksEmail', content: 'E1' }] },
            { id: 'tOpen', triggers: [{ type: 'opensEmail' }] },
          ],
        }),
      ],
      people: ['a', 'b', 'c', 'd', 'e'],
      events: [
        ...['a', 'b', 'c', 'd', 'e'].map((p) => ev.add(A, p)),
        ev.set(D, 'a', 'score', 40),
        ev.set('2025-03-05T13:00', 'a', 'score', 60),
        ev.form(D, 'b', 'F-other'),
        ev.clicks(D, 'c', 'E2'),
        ev.clicks('2025-03-05T13:00', 'c', 'E1'),
        ev.opens(D, 'd', 'E3'),
        ev.set(D, 'e', 'score', '60'),
      ],
      until: '2025-03-11',
    });
    expectRecords(run(s), [
      ...['a', 'b', 'c', 'd', 'e'].map((p) => `move 2025-03-03T15:00:00Z ${p} ->S1 event`),
      ...['a', 'b', 'c', 'd', 'e'].map((p) => `send 2025-03-04T14:00:00Z ${p} S1 E1`),
      'move 2025-03-05T17:00:00Z b S1>S2 rule:tForm',
      'move 2025-03-05T17:00:00Z d S1>S2 rule:tOpen',
      'move 2025-03-05T18:00:00Z a S1>S2 rule:tScore',
      'move 2025-03-05T18:00:00Z c S1>S2 rule:tClick',
      'send 2025-03-11T13:00:00Z e S1 E2',
    ]);
  });

  it('semantics 17: set fires attributeChanged only on a real change (strict equality, missing = null)', () => {
    const s = scenario({
      streams: [
        idle('S1'),
        idle('S2', {
          transitions: [
            { id: 'chg', triggers: [{ type: 'attributeChanged', attribute: 'score' }] },
          ],
        }),
      ],
      people: [
        { id: 'a', attributes: { score: 50 } },
        { id: 'b', attributes: { score: 50 } },
        { id: 'c' },
        { id: 'd' },
      ],
      events: [
        ...['a', 'b', 'c', 'd'].map((p) => ev.add(A, p)),
        ev.set(D, 'a', 'score', 50),
        ev.set(D, 'b', 'score', '50'),
        ev.set(D, 'c', 'score', null),
        ev.set(D, 'd', 'score', 0),
      ],
    });
    expectRecords(run(s), [
      ...['a', 'b', 'c', 'd'].map((p) => `move 2025-03-03T15:00:00Z ${p} ->S1 event`),
      'move 2025-03-05T17:00:00Z b S1>S2 rule:chg',
      'move 2025-03-05T17:00:00Z d S1>S2 rule:chg',
    ]);
  });
});

describe('R51 filters', () => {
  it('R51: received, opened, clicked, exhausted, cadence and inStream filters, each failing first and then holding', () => {
    const s: Stream = {
      id: 'S1',
      cadence: weekly('2025-03-04', ['tue']),
      content: emails('E1', 'E2'),
    };
    const rules = [
      onForm('f-recv', 'F-recv', [{ type: 'received', content: 'E2' }]),
      onForm('f-open', 'F-open', [{ type: 'opened', content: 'E1' }]),
      onForm('f-click', 'F-click', [{ type: 'clicked' }]),
      onForm('f-exh', 'F-exh', [{ type: 'exhausted', value: true }]),
      onForm('f-cad', 'F-cad', [{ type: 'cadence', value: 'paused' }]),
      onForm('f-in', 'F-in', [{ type: 'inStream', stream: 'S1' }]),
    ];
    const forms: [string, string][] = [
      ['x1', 'F-recv'],
      ['x2', 'F-open'],
      ['x3', 'F-click'],
      ['x4', 'F-exh'],
      ['x5', 'F-cad'],
      ['x6', 'F-in'],
    ];
    const sc = scenario({
      streams: [s, idle('S2', { transitions: rules }), idle('S3')],
      people: forms.map(([p]) => p),
      events: [
        ...['x1', 'x2', 'x3', 'x4', 'x5'].map((p) => ev.add(A, p)),
        ev.add(A, 'x6', 'S3'),
        ...forms.map(([p, f]) => ev.form(D, p, f)),
        ev.opens('2025-03-06T12:00', 'x2', 'E1'),
        ev.clicks('2025-03-06T12:00', 'x3', 'E2'),
        ev.pause('2025-03-06T12:00', 'x5'),
        ev.move('2025-03-06T12:00', 'x6', 'S1'),
        ...forms.slice(1).map(([p, f]) => ev.form('2025-03-07T12:00', p, f)),
        ev.form('2025-03-12T12:00', 'x1', 'F-recv'),
        ev.form('2025-03-12T12:00', 'x4', 'F-exh'),
      ],
      until: '2025-03-12',
    });
    expectRecords(run(sc), [
      ...['x1', 'x2', 'x3', 'x4', 'x5'].map((p) => `move 2025-03-03T15:00:00Z ${p} ->S1 event`),
      'move 2025-03-03T15:00:00Z x6 ->S3 event',
      ...['x1', 'x2', 'x3', 'x4', 'x5'].map((p) => `send 2025-03-04T14:00:00Z ${p} S1 E1`),
      'move 2025-03-06T17:00:00Z x6 S3>S1 event',
      'move 2025-03-07T17:00:00Z x2 S1>S2 rule:f-open',
      'move 2025-03-07T17:00:00Z x3 S1>S2 rule:f-click',
      'move 2025-03-07T17:00:00Z x5 S1>S2 rule:f-cad',
      'move 2025-03-07T17:00:00Z x6 S1>S2 rule:f-in',
      'send 2025-03-11T13:00:00Z x1 S1 E2',
      'send 2025-03-11T13:00:00Z x4 S1 E2',
      'exhausted 2025-03-11T13:00:00Z x1 S1',
      'exhausted 2025-03-11T13:00:00Z x4 S1',
      'move 2025-03-12T16:00:00Z x1 S1>S2 rule:f-recv',
      'move 2025-03-12T16:00:00Z x4 S1>S2 rule:f-exh',
    ]);
  });

  it('semantics 24: comparisons are strict ("50" is not 50, case matters, gt/contains need matching types, missing = null)', () => {
    const f = (attribute: string, op: string, value: unknown) =>
      [{ type: 'attribute', attribute, op, value }] as Filter[];
    const rules = [
      onForm('eq50', 'F-eq', f('score', 'eq', 50)),
      onForm('ne50', 'F-ne', f('score', 'ne', 50)),
      onForm('gt40', 'F-gt', f('score', 'gt', 40)),
      onForm('gtStr', 'F-gts', f('name', 'gt', 'm')),
      onForm('inCA', 'F-in', f('country', 'in', ['CA', 'US'])),
      onForm('notInCA', 'F-notin', f('country', 'notIn', ['CA'])),
      onForm('contains', 'F-con', f('name', 'contains', 'ell')),
      onForm('containsNum', 'F-con5', f('score', 'contains', '5')),
    ];
    const cases: [Person, string][] = [
      [{ id: 'n50', attributes: { score: 50 } }, 'F-eq'],
      [{ id: 's50', attributes: { score: '50' } }, 'F-eq'],
      [{ id: 's50ne', attributes: { score: '50' } }, 'F-ne'],
      [{ id: 'n50gt', attributes: { score: 50 } }, 'F-gt'],
      [{ id: 's50gt', attributes: { score: '50' } }, 'F-gt'],
      [{ id: 'nilgt' }, 'F-gt'],
      [{ id: 'zed', attributes: { name: 'zed' } }, 'F-gts'],
      [{ id: 'lower', attributes: { country: 'ca' } }, 'F-in'],
      [{ id: 'upper', attributes: { country: 'CA' } }, 'F-in'],
      [{ id: 'nilnot' }, 'F-notin'],
      [{ id: 'hello', attributes: { name: 'Hello' } }, 'F-con'],
      [{ id: 'num', attributes: { score: 150 } }, 'F-con5'],
    ];
    const s = scenario({
      streams: [idle('S1'), idle('S2', { transitions: rules })],
      people: cases.map(([p]) => p),
      events: [
        ...cases.map(([p]) => ev.add(A, p.id)),
        ...cases.map(([p, form]) => ev.form(D, p.id, form)),
      ],
    });
    const moved: [string, string][] = [
      ['n50', 'eq50'],
      ['s50ne', 'ne50'],
      ['n50gt', 'gt40'],
      ['zed', 'gtStr'],
      ['upper', 'inCA'],
      ['nilnot', 'notInCA'],
      ['hello', 'contains'],
    ];
    expectRecords(run(s), [
      ...cases.map(([p]) => `move 2025-03-03T15:00:00Z ${p.id} ->S1 event`),
      ...moved.map(([p, rule]) => `move 2025-03-05T17:00:00Z ${p} S1>S2 rule:${rule}`),
    ]);
  });

  it('semantics 23: received is history: unqualified program items count, people[].programs and blocked emails do not, remove keeps it', () => {
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
            ...emails('E2'),
          ],
        },
        idle('S2', {
          transitions: [
            onForm('got-p1', 'F-p1', [{ type: 'received', content: 'P1' }]),
            onForm('got-e2', 'F-e2', [{ type: 'received', content: 'E2' }]),
          ],
        }),
      ],
      people: [
        { id: 'us', attributes: { country: 'US' } },
        { id: 'mem', programs: ['P1'] },
        { id: 'rem', attributes: { country: 'CA' } },
        { id: 'blk', attributes: { country: 'US' }, unsubscribed: true },
      ],
      events: [
        ...['us', 'mem', 'rem', 'blk'].map((p) => ev.add(A, p)),
        ev.form(D, 'us', 'F-p1'),
        ev.form(D, 'mem', 'F-p1'),
        ev.form(D, 'mem', 'F-e2'),
        ev.remove(D, 'rem'),
        ev.add('2025-03-06T12:00', 'rem'),
        ev.form('2025-03-07T12:00', 'rem', 'F-p1'),
        ev.form('2025-03-12T12:00', 'blk', 'F-e2'),
      ],
      until: '2025-03-12',
    });
    expectRecords(run(s), [
      ...['us', 'mem', 'rem', 'blk'].map((p) => `move 2025-03-03T15:00:00Z ${p} ->S1 event`),
      'program 2025-03-04T14:00:00Z us S1 P1 qualified=false',
      'send 2025-03-04T14:00:00Z mem S1 E2',
      'exhausted 2025-03-04T14:00:00Z mem S1',
      'program 2025-03-04T14:00:00Z rem S1 P1 qualified=true',
      'program 2025-03-04T14:00:00Z blk S1 P1 qualified=false',
      'move 2025-03-05T17:00:00Z us S1>S2 rule:got-p1',
      'move 2025-03-05T17:00:00Z mem S1>S2 rule:got-e2',
      'remove 2025-03-05T17:00:00Z rem',
      'move 2025-03-06T17:00:00Z rem ->S1 event',
      'move 2025-03-07T17:00:00Z rem S1>S2 rule:got-p1',
      'blocked 2025-03-11T13:00:00Z blk S1 E2 unsubscribed',
    ]);
  });

  it('semantics 23: an RTZ send counts as received once delivered, not when decided', () => {
    const s = scenario({
      streams: [
        {
          id: 'S1',
          cadence: {
            ...weekly('2025-03-11', ['tue']),
            recipientTimeZone: true,
          } as Stream['cadence'],
          content: emails('E1', 'E2'),
        },
        idle('S2', {
          transitions: [onForm('got', 'F-got', [{ type: 'received', content: 'E1' }])],
        }),
      ],
      people: ['ola'],
      events: [
        ev.add(A, 'ola'),
        ev.form('2025-03-11T12:00Z', 'ola', 'F-got'),
        ev.form('2025-03-11T14:00Z', 'ola', 'F-got'),
      ],
      until: '2025-03-11',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ola ->S1 event',
      'send 2025-03-11T13:00:00Z ola S1 E1',
      'move 2025-03-11T14:00:00Z ola S1>S2 rule:got',
    ]);
  });
});
