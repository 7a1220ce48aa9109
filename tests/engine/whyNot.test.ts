/**
 * "Why did this rule not move Ann?": every happening that matched one of its triggers and what came
 * of it (R47, R49, semantics 20-21), or none at all next to the triggers it waits for.
 */
import { describe, expect, it } from 'vitest';
import { whyNot } from '../../src/engine';
import type { Scenario } from '../../src/model';
import { emails, nurtureA, withPeople } from '../fixtures/builders';
import { examplePlan, planOf } from './explainHelpers';
import { ev, formRule, idle, s1, scenario } from './rules/helpers';

const A = '2025-03-03T10:00';

function answer(doc: Scenario, person: string, rule: string, stream?: string) {
  const result = whyNot(planOf(doc), person, rule, stream);
  if (!result.ok) throw new Error(result.problem);
  return result.rules;
}

const outcomes = (rules: ReturnType<typeof answer>, i = 0) =>
  rules[i]!.happenings.map((h) => [h.at, h.outcome.result]);

describe('whyNot: why a rule did not move a person', () => {
  it('R47: example 4: t-demo moved Cara once, when she filled out F-demo', () => {
    const result = whyNot(examplePlan('ex04-transition-dedup'), 'cara', 't-demo');
    expect(result).toEqual({
      ok: true,
      person: 'cara',
      rules: [
        {
          rule: { id: 't-demo', stream: 'S2', index: 0 },
          triggers: [{ type: 'fillsOutForm', form: 'F-demo' }],
          filters: [],
          happenings: [
            {
              at: '2025-03-14T16:00:00Z',
              happening: { type: 'fillsOutForm', form: 'F-demo' },
              triggerIndex: 0,
              outcome: { result: 'moved' },
            },
          ],
        },
      ],
    });
  });

  it('R47: nothing matched its trigger: no happenings, and the triggers it waits for', () => {
    const [rule] = answer(withPeople(nurtureA(), ['ann'], [ev.add(A, 'ann')]), 'ann', 't-demo');
    expect(rule).toMatchObject({
      triggers: [{ type: 'fillsOutForm', form: 'F-demo' }],
      happenings: [],
    });
  });

  it('R47: a form filled out before joining, and again once in S2, moves no one', () => {
    const doc = withPeople(
      nurtureA(),
      ['ann'],
      [
        ev.form('2025-03-02T10:00', 'ann'),
        ev.add(A, 'ann'),
        ev.form('2025-03-05T10:00', 'ann'),
        ev.form('2025-03-06T10:00', 'ann'),
      ],
    );
    expect(outcomes(answer(doc, 'ann', 't-demo'))).toEqual([
      ['2025-03-02T15:00:00Z', 'notMember'],
      ['2025-03-05T15:00:00Z', 'moved'],
      ['2025-03-06T15:00:00Z', 'alreadyInStream'],
    ]);
  });

  it('R47: a failed filter is named, with its index and the value found', () => {
    const doc = scenario({
      streams: [
        s1(),
        idle('S2', {
          transitions: [
            formRule('t-hot', 'F-demo', [
              { type: 'received', content: 'E1' },
              { type: 'attribute', attribute: 'score', op: 'gte', value: 50 },
            ]),
          ],
        }),
      ],
      people: [{ id: 'ann', attributes: { score: 40 } }],
      events: [ev.add(A, 'ann'), ev.form('2025-03-05T10:00', 'ann')],
    });
    expect(answer(doc, 'ann', 't-hot')[0]!.happenings[0]!.outcome).toEqual({
      result: 'filterFailed',
      filters: [
        { index: 0, filter: { type: 'received', content: 'E1' }, found: true, holds: true },
        {
          index: 1,
          filter: { type: 'attribute', attribute: 'score', op: 'gte', value: 50 },
          found: 40,
          holds: false,
        },
      ],
    });
  });

  it('R49, semantics 21: the lowest display index wins, then the first rule of the stream; repeated ids are all answered', () => {
    const doc = scenario({
      streams: [
        s1(),
        idle('S2', { transitions: [formRule('x'), formRule('x', 'F-demo')] }),
        idle('S3', { transitions: [formRule('late', 'F-demo')] }),
      ],
      people: ['ann'],
      events: [ev.add(A, 'ann'), ev.form('2025-03-05T10:00', 'ann')],
    });
    expect(answer(doc, 'ann', 'late')[0]!.happenings[0]!.outcome).toEqual({
      result: 'otherRuleWon',
      winner: { id: 'x', stream: 'S2', index: 0 },
    });
    const both = answer(doc, 'ann', 'x', 'S2');
    expect(both.map((r) => r.rule.index)).toEqual([0, 1]);
    expect(outcomes(both, 0)).toEqual([['2025-03-05T15:00:00Z', 'moved']]);
    expect(both[1]!.happenings[0]!.outcome).toEqual({
      result: 'otherRuleWon',
      winner: { id: 'x', stream: 'S2', index: 0 },
    });
  });

  it('R49, semantics 20: a chained rule past the fifth move says the chain stopped', () => {
    const chain = [2, 3, 4, 5, 6, 7].map((k) =>
      idle(`S${k}`, {
        transitions: [
          k === 2
            ? formRule('t2', 'F-demo')
            : { id: `t${k}`, triggers: [{ type: 'streamChanged', to: `S${k - 1}` }] },
        ],
      }),
    );
    const doc = scenario({
      streams: [{ ...s1(), content: emails('E1') }, ...chain],
      people: ['x'],
      events: [ev.add(A, 'x'), ev.form('2025-03-05T12:00', 'x')],
    });
    const [rule] = answer(doc, 'x', 't7');
    expect(rule!.happenings).toEqual([
      {
        at: '2025-03-05T17:00:00Z',
        happening: { type: 'streamChanged', to: 'S6' },
        triggerIndex: 0,
        outcome: { result: 'chainLimit', moves: 5 },
      },
    ]);
  });

  it('names what it cannot find: the person, the stream, the rule', () => {
    const plan = examplePlan('ex04-transition-dedup');
    expect(whyNot(plan, 'nobody', 't-demo')).toEqual({ ok: false, problem: 'unknownPerson' });
    expect(whyNot(plan, 'cara', 't-demo', 'S9')).toEqual({ ok: false, problem: 'unknownStream' });
    expect(whyNot(plan, 'cara', 't-demo', 'S1')).toEqual({ ok: false, problem: 'unknownRule' });
    expect(whyNot(plan, 'cara', 'nope')).toEqual({ ok: false, problem: 'unknownRule' });
  });
});
