/**
 * A move step names what made it (R47, R49, R41): the rule with the happening that fired it and
 * which of its triggers matched, or the batch move with its filters; and it comes after its cause,
 * sampled behaviour included (semantics 12: rates of 0 and 1 do not depend on the generator).
 */
import { describe, expect, it } from 'vitest';
import { explainPerson, type ExplainStep, type MoveStep } from '../../src/engine';
import { emails, weekly } from '../fixtures/builders';
import { examplePlan, planOf } from './explainHelpers';
import { ev, formRule, idle, scenario } from './rules/helpers';

const moves = (steps: ExplainStep[]) => steps.filter((s): s is MoveStep => s.kind === 'move');
const A = '2025-03-03T10:00';

/** Each step as "kind at detail", to read the order of a journey at a glance. */
const brief = (s: ExplainStep) =>
  s.kind === 'event'
    ? `event ${s.at} ${s.type}`
    : s.kind === 'behavior'
      ? `${s.action} ${s.at} ${s.content}`
      : s.kind === 'move'
        ? `move ${s.at} ${s.from ?? '-'}>${s.to}`
        : `${s.kind} ${s.at}`;

describe('a move names the trigger that fired it (R47, R49)', () => {
  it('R47: example 4: Cara moves to S2 on rule t-demo, fired by her filling out F-demo, right after that event', () => {
    const { steps } = explainPerson(examplePlan('ex04-transition-dedup'), 'cara')!;
    const i = steps.findIndex((s) => s.kind === 'move' && s.from === 'S1');
    expect(steps[i]).toMatchObject({
      cause: 'rule:t-demo',
      why: {
        by: 'rule',
        rule: { id: 't-demo', stream: 'S2', index: 0 },
        triggerIndex: 0,
        happening: { type: 'fillsOutForm', form: 'F-demo' },
      },
    });
    expect(steps[i - 1]).toMatchObject({ kind: 'event', type: 'fillsOutForm', index: 1 });
  });

  it('R47, R49, semantics 12: a sampled click moves her after the click step, and the chained move names streamChanged', () => {
    const doc = scenario({
      streams: [
        { id: 'S1', cadence: weekly('2025-03-04', ['tue']), content: emails('E1', 'E2') },
        idle('S2', {
          transitions: [
            formRule('t-form', 'F-never'),
            {
              id: 't-click',
              triggers: [
                { type: 'opensEmail', content: 'E2' },
                { type: 'clicksEmail', content: 'E1' },
              ],
            },
          ],
        }),
        idle('S3', {
          transitions: [{ id: 't-chain', triggers: [{ type: 'streamChanged', to: 'S2' }] }],
        }),
      ],
      program: { behavior: { open: 1, click: 1 } },
      people: ['ann'],
      events: [ev.add(A, 'ann')],
      until: '2025-03-08',
    });
    const { steps } = explainPerson(planOf(doc), 'ann')!;
    expect(steps.map(brief).filter((s) => !s.startsWith('cast'))).toEqual([
      'event 2025-03-03T15:00:00Z add',
      'move 2025-03-03T15:00:00Z ->S1',
      'opened 2025-03-04T15:00:00Z E1',
      'clicked 2025-03-04T16:00:00Z E1',
      'move 2025-03-04T16:00:00Z S1>S2',
      'move 2025-03-04T16:00:00Z S2>S3',
    ]);
    const [, click, chain] = moves(steps);
    expect(click!.why).toEqual({
      by: 'rule',
      rule: { id: 't-click', stream: 'S2', index: 1 },
      triggerIndex: 1,
      happening: { type: 'clicksEmail', content: 'E1' },
    });
    expect(chain!.why).toMatchObject({
      rule: { id: 't-chain', stream: 'S3', index: 0 },
      happening: { type: 'streamChanged', to: 'S2' },
    });
  });

  it('R47, R51: a data change and a join name attributeChanged with the new value and addedToProgram', () => {
    const doc = scenario({
      streams: [
        { id: 'S1', cadence: weekly('2025-03-04', ['tue']), content: emails('E1') },
        idle('S2', { transitions: [{ id: 't-added', triggers: [{ type: 'addedToProgram' }] }] }),
        idle('S3', {
          transitions: [
            {
              id: 't-score',
              triggers: [
                { type: 'attributeChanged', attribute: 'score', to: { op: 'gte', value: 50 } },
              ],
            },
          ],
        }),
      ],
      people: ['ann'],
      events: [ev.add(A, 'ann'), ev.set('2025-03-05T10:00', 'ann', 'score', 55)],
      until: '2025-03-08',
    });
    const [join, added, scored] = moves(explainPerson(planOf(doc), 'ann')!.steps);
    expect(join!.why).toEqual({ by: 'event' });
    expect(added!.why).toMatchObject({ happening: { type: 'addedToProgram' } });
    expect(scored!.why).toMatchObject({
      rule: { id: 't-score', stream: 'S3', index: 0 },
      happening: { type: 'attributeChanged', attribute: 'score', value: 55 },
    });
  });

  it('R41: example 14: the batch move names its filters, each held, with the value found', () => {
    const { steps } = explainPerson(examplePlan('ex14-exhausted-batch-move'), 'ann')!;
    const batch = moves(steps).find((m) => m.cause.startsWith('batch:'))!;
    expect(batch.why).toEqual({
      by: 'batch',
      batch: 'b1',
      index: 0,
      filters: [{ index: 0, filter: { type: 'exhausted', value: true }, found: true, holds: true }],
    });
  });
});
