/**
 * A skipped program item cites membership (R15, R28), not the email dedup of R14: a member since
 * before the simulation, or processed through it at a cast (qualified or not, R29), which a removal
 * keeps (R52, semantics 10) while it forgets emails.
 */
import { describe, expect, it } from 'vitest';
import { explainPerson } from '../../src/engine';
import type { Scenario } from '../../src/model';
import { emails, weekly } from '../fixtures/builders';
import { castsOf, planOf } from './explainHelpers';
import { ev, scenario } from './rules/helpers';

const casts = (doc: Scenario, person: string) => castsOf(explainPerson(planOf(doc), person));

/** S1 weekly on Tue: P1 (qualify country CA), then E1 and E2. */
const programFirst = (events: Scenario['events']) =>
  scenario({
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
          ...emails('E1', 'E2'),
        ],
      },
    ],
    people: [{ id: 'ann', attributes: { country: 'US' } }],
    events,
    until: '2025-03-25',
  });

describe('R28, R15: a skipped program item cites membership', () => {
  it('R29, R28: processed through P1 on 3/4 without qualifying, she skips it on 3/11 as its member', () => {
    const [, second] = casts(programFirst([ev.add('2025-03-03T10:00', 'ann')]), 'ann');
    expect(second!.castDate).toBe('2025-03-11');
    expect(second!.items.map((i) => i.verdict)).toEqual(['programMember', 'sent', 'notReached']);
    expect(second!.items[0]).toEqual({
      content: 'P1',
      name: 'P1',
      verdict: 'programMember',
      since: 'cast',
      on: '2025-03-04',
      stream: 'S1',
      qualified: false,
    });
  });

  it('R52, semantics 10: after a removal and a re-add, E1 is sent again but P1 stays skipped as a membership', () => {
    const doc = programFirst([
      ev.add('2025-03-03T10:00', 'ann'),
      ev.remove('2025-03-12T10:00', 'ann'),
      ev.add('2025-03-13T10:00', 'ann'),
    ]);
    const after = casts(doc, 'ann').find((c) => c.castDate === '2025-03-18')!;
    expect(after.items.map((i) => [i.content, i.verdict])).toEqual([
      ['P1', 'programMember'],
      ['E1', 'sent'],
      ['E2', 'notReached'],
    ]);
    expect(after.items[0]).toMatchObject({ since: 'cast', on: '2025-03-04', stream: 'S1' });
  });

  it('R14: an email already had stays `consumed` with where and when', () => {
    const cast = casts(programFirst([ev.add('2025-03-03T10:00', 'ann')]), 'ann').find(
      (c) => c.castDate === '2025-03-18',
    )!;
    expect(cast.items[1]).toMatchObject({
      content: 'E1',
      verdict: 'consumed',
      on: '2025-03-11',
      stream: 'S1',
    });
  });
});
