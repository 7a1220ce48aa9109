/**
 * Sampled behaviour (spec: behavior, semantics 3, 11, 12) with rates 0 and 1 only, so the output is
 * exact: an open 1 hour after delivery, a click 2 hours after (forcing an open), an unsubscribe 3 hours
 * after; sampled events feed triggers and filters like scripted ones.
 */
import { describe, expect, it } from 'vitest';
import type { Behavior, Stream, TransitionRule } from '../../../src/model';
import { emails, nurtureA, run, weekly, withPeople } from '../../fixtures/builders';
import { ev, expectRecords, idle, scenario } from './helpers';

const A = '2025-03-03T10:00';
const opens: TransitionRule = { id: 't-open', triggers: [{ type: 'opensEmail' }] };
const clicks: TransitionRule = { id: 't-click', triggers: [{ type: 'clicksEmail' }] };
const s1 = (content: Stream['content']): Stream => ({
  id: 'S1',
  cadence: weekly('2025-03-04', ['tue']),
  content,
});

function nurture(behavior: Behavior, s2Rules: TransitionRule[]) {
  const s = nurtureA();
  s.program.behavior = behavior;
  s.program.streams[1]!.transitions = s2Rules;
  return withPeople(s, ['ann'], [ev.add(A, 'ann', 'S1')]);
}

describe('sampled opens and clicks', () => {
  it('behavior: with open rate 1 a sampled open 1 hour after delivery fires an opensEmail rule; with rate 0 nothing happens', () => {
    const rule: TransitionRule = {
      id: 't-open',
      triggers: [{ type: 'opensEmail', content: 'E1' }],
    };
    expectRecords(run(nurture({ open: 1 }, [rule]), { until: '2025-03-06' }), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'move 2025-03-04T15:00:00Z ann S1>S2 rule:t-open',
      'send 2025-03-06T14:00:00Z ann S2 E2',
    ]);
    expectRecords(
      run(nurture({ open: 0, click: 0, unsubscribe: 0 }, [rule]), { until: '2025-03-06' }),
      ['move 2025-03-03T15:00:00Z ann ->S1 event', 'send 2025-03-04T14:00:00Z ann S1 E1'],
    );
  });

  it('behavior/semantics 12: a sampled click (+2h) forces an open (+1h) even with no open rate', () => {
    const s = scenario({
      streams: [
        s1(emails('E1', 'E2')),
        idle('S2', { transitions: [clicks] }),
        idle('S3', { transitions: [opens] }),
      ],
      program: { behavior: { click: 1 } },
      people: ['ann'],
      events: [ev.add(A, 'ann')],
      until: '2025-03-10',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'move 2025-03-04T15:00:00Z ann S1>S3 rule:t-open',
      'move 2025-03-04T16:00:00Z ann S3>S2 rule:t-click',
    ]);
  });

  it("semantics 12: an item's behavior overrides the program's key by key (E1 click 0, open still 1 from the program)", () => {
    const s = scenario({
      streams: [
        s1([{ id: 'E1', type: 'email', behavior: { click: 0 } }, ...emails('E2')]),
        idle('S2', {
          transitions: [{ id: 'e1-click', triggers: [{ type: 'clicksEmail', content: 'E1' }] }],
        }),
        idle('S3', {
          transitions: [
            {
              id: 'e2-click',
              triggers: [{ type: 'clicksEmail', content: 'E2' }],
              filters: [{ type: 'opened', content: 'E1' }],
            },
          ],
        }),
      ],
      program: { behavior: { open: 1, click: 1 } },
      people: ['ann'],
      events: [ev.add(A, 'ann')],
      until: '2025-03-11',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-11T13:00:00Z ann S1 E2',
      'exhausted 2025-03-11T13:00:00Z ann S1',
      'move 2025-03-11T15:00:00Z ann S1>S3 rule:e2-click',
    ]);
  });

  it('semantics 12: an item rate applies with no program behavior, where a missing rate is 0', () => {
    const s = scenario({
      streams: [
        s1([...emails('E1'), { id: 'E2', type: 'email', behavior: { open: 1 } }]),
        idle('S2', { transitions: [opens] }),
      ],
      people: ['ann'],
      events: [ev.add(A, 'ann')],
      until: '2025-03-11',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-11T13:00:00Z ann S1 E2',
      'exhausted 2025-03-11T13:00:00Z ann S1',
      'move 2025-03-11T14:00:00Z ann S1>S2 rule:t-open',
    ]);
  });

  it('semantics 11: program items and blocked emails are not sampled', () => {
    const s = scenario({
      streams: [
        s1([{ id: 'P1', type: 'program' }, ...emails('E2')]),
        idle('S2', { transitions: [opens] }),
      ],
      program: { behavior: { open: 1 } },
      people: ['ann', { id: 'uns', unsubscribed: true }],
      events: [ev.add(A, 'ann'), ev.add(A, 'uns')],
      until: '2025-03-11',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'move 2025-03-03T15:00:00Z uns ->S1 event',
      'program 2025-03-04T14:00:00Z ann S1 P1 qualified=true',
      'program 2025-03-04T14:00:00Z uns S1 P1 qualified=true',
      'send 2025-03-11T13:00:00Z ann S1 E2',
      'exhausted 2025-03-11T13:00:00Z ann S1',
      'blocked 2025-03-11T13:00:00Z uns S1 E2 unsubscribed',
      'move 2025-03-11T14:00:00Z ann S1>S2 rule:t-open',
    ]);
  });

  it('behavior/R23: under RTZ the sampled open is 1 hour after the recipient-zone delivery', () => {
    const rtz: Stream = {
      ...s1(emails('E1', 'E2')),
      cadence: { ...weekly('2025-03-11', ['tue']), recipientTimeZone: true } as Stream['cadence'],
    };
    const s = scenario({
      streams: [rtz, idle('S2', { transitions: [opens] })],
      program: { behavior: { open: 1 } },
      people: [{ id: 'mo', timeZone: 'Asia/Tokyo' }],
      events: [ev.add(A, 'mo')],
      until: '2025-03-18',
    });
    expectRecords(run(s), [
      'move 2025-03-03T15:00:00Z mo ->S1 event',
      'send 2025-03-11T00:00:00Z mo S1 E1',
      'move 2025-03-11T01:00:00Z mo S1>S2 rule:t-open',
    ]);
  });

  it('semantics 12: with rates 0 and 1 only the output does not depend on the seed', () => {
    const s = nurture({ open: 1, click: 1 }, [clicks]);
    expect(run(s, { seed: 1 })).toEqual(run(s, { seed: 987654 }));
  });
});

describe('sampled unsubscribe', () => {
  it('behavior/semantics 3: a sampled unsubscribe 3 hours after delivery applies before a cast at that instant and blocks later casts', () => {
    const s = nurtureA();
    s.program.behavior = { unsubscribe: 1 };
    s.program.streams[1]!.cadence = weekly('2025-03-04', ['tue'], '12:00');
    const sc = withPeople(s, ['ann'], [ev.add(A, 'ann', 'S1'), ev.form('2025-03-04T10:00', 'ann')]);
    expectRecords(run(sc, { until: '2025-03-11' }), [
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'move 2025-03-04T15:00:00Z ann S1>S2 rule:t-demo',
      'blocked 2025-03-04T17:00:00Z ann S2 E2 unsubscribed',
      'blocked 2025-03-11T16:00:00Z ann S2 E2 unsubscribed',
    ]);
  });
});
