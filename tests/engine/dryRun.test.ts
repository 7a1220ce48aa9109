/**
 * Test stream as a dry run (R59): one test person, a starting stream, one cast of it. They get the
 * next item as a newcomer would, the program's own edits count (R6, R8), their own scripted events
 * do not, and the rules that fire on their joining are named (R47).
 */
import { describe, expect, it } from 'vitest';
import { dryRunCast, type MoveStep } from '../../src/engine';
import type { Scenario } from '../../src/model';
import { nurtureA } from '../fixtures/builders';

const T = { id: 'tess', attributes: { country: 'DE' } };

/** Nurture-A with an S2 rule that takes in German newcomers as they are added (R47). */
function withGermanRule(doc: Scenario): Scenario {
  const [s1, s2] = doc.program.streams;
  const rule = {
    id: 't-de',
    triggers: [{ type: 'addedToProgram' as const }],
    filters: [{ type: 'attribute' as const, attribute: 'country', op: 'eq' as const, value: 'DE' }],
  };
  return {
    ...doc,
    program: { ...doc.program, streams: [s1!, { ...s2!, transitions: [rule] }] },
  };
}

describe('dryRunCast (R59)', () => {
  it('R59: from S1 on its first cast the test person gets E1, the others not reached', () => {
    const run = dryRunCast(nurtureA(), { person: T, stream: 'S1', castDate: '2025-03-04' });
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.cast?.items.map((i) => `${i.content} ${i.verdict}`)).toEqual([
      'E1 sent',
      'E2 notReached',
      'E3 notReached',
    ]);
  });

  it('R59: the test person is fresh: at a later cast they get E1 too, whatever their own script says', () => {
    const doc: Scenario = {
      ...nurtureA(),
      people: [{ id: 'tess' }],
      events: [{ at: '2025-03-01T10:00', type: 'pause', person: 'tess' }],
    };
    const run = dryRunCast(doc, { person: T, stream: 'S1', castDate: '2025-03-11' });
    expect(run.ok && run.cast?.status).toBe('normal');
    expect(run.ok && run.cast?.items[0]).toMatchObject({ content: 'E1', verdict: 'sent' });
  });

  it('R59, R8: a program edit before the cast counts: E1 switched off, they get E2', () => {
    const doc: Scenario = {
      ...nurtureA(),
      events: [{ at: '2025-03-05T10:00', type: 'deactivate', content: 'E1' }],
    };
    const run = dryRunCast(doc, { person: T, stream: 'S1', castDate: '2025-03-11' });
    expect(run.ok && run.cast?.items.map((i) => i.verdict)).toEqual([
      'inactive',
      'sent',
      'notReached',
    ]);
  });

  it('R59, R6: with the program off that day the cast is lost', () => {
    const doc: Scenario = {
      ...nurtureA(),
      events: [{ at: '2025-03-10T00:00', type: 'programStatus', status: 'off' }],
    };
    const run = dryRunCast(doc, { person: T, stream: 'S1', castDate: '2025-03-11' });
    expect(run.ok && run.cast?.status).toBe('lost');
  });

  it('R59, R47: a rule that fires on joining is named, and they are cast from where it took them', () => {
    const run = dryRunCast(withGermanRule(nurtureA()), {
      person: T,
      stream: 'S1',
      castDate: '2025-03-04',
    });
    if (!run.ok) throw new Error('dry run failed');
    const move = run.steps.find((s): s is MoveStep => s.kind === 'move' && s.from === 'S1');
    expect(move).toMatchObject({
      to: 'S2',
      why: { by: 'rule', rule: { id: 't-de', stream: 'S2' } },
    });
    expect(run.cast).toBeNull();
    expect(
      run.rules.map((r) => r.happenings.map((h) => `${r.rule.id} ${h.outcome.result}`)),
    ).toEqual([['t-de moved']]);
    // Someone the rule's filter turns away stays and gets E1.
    const other = dryRunCast(withGermanRule(nurtureA()), {
      person: { id: 'ole', attributes: { country: 'NO' } },
      stream: 'S1',
      castDate: '2025-03-04',
    });
    expect(other.ok && other.cast?.items[0]?.verdict).toBe('sent');
    // ... and the rule is named with the filter that turned them away.
    expect(other.ok && other.rules[0]?.happenings[0]?.outcome).toMatchObject({
      result: 'filterFailed',
      filters: [{ found: 'NO', holds: false }],
    });
  });

  it('says when the stream does not cast that day, or does not exist, and leaves the document alone', () => {
    const doc = Object.freeze(nurtureA());
    const before = JSON.stringify(doc);
    expect(dryRunCast(doc, { person: T, stream: 'S1', castDate: '2025-03-05' })).toEqual({
      ok: false,
      problem: 'noCastThatDay',
    });
    expect(dryRunCast(doc, { person: T, stream: 'S9', castDate: '2025-03-04' })).toEqual({
      ok: false,
      problem: 'unknownStream',
    });
    dryRunCast(doc, { person: T, stream: 'S1', castDate: '2025-03-04' });
    expect(JSON.stringify(doc)).toBe(before);
    const badZone = dryRunCast(doc, {
      person: { id: 'tess', timeZone: 'Mars/Olympus' },
      stream: 'S1',
      castDate: '2025-03-04',
    });
    expect(badZone.ok === false && 'problems' in badZone && badZone.problems[0]?.path).toEqual([
      'people',
      0,
      'timeZone',
    ]);
  });
});
