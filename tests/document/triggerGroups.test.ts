// "Clicks any email of stream X": one trigger per email of X, each marked with the stream, shown as
// one group, and told apart when X's emails change (then refreshed to X's emails of now).
import { describe, expect, it } from 'vitest';
import { refreshTriggerGroup } from '../../src/document/actions/rules';
import { addItem, moveItem } from '../../src/document/ops';
import {
  emailsOfStream,
  groupDrift,
  groupOf,
  groupTriggers,
  triggerParts,
  triggersOfParts,
} from '../../src/document/triggerGroups';
import { parseScenario, type Scenario, type Trigger } from '../../src/model';
import { simulateRecords } from '../../src/engine';
import { nurtureA } from '../fixtures/builders';

const ok = (r: { ok: boolean; doc?: Scenario }) => r.doc!;
const streams = new Set(['S1', 'S2']);

/** Nurture-A whose rule t-demo (into Late) fires on a click in any email of Early. */
function clicksOfEarly(): Scenario {
  const doc = nurtureA();
  const rule = doc.program.streams[1]!.transitions![0]!;
  rule.triggers = groupTriggers(groupOf(doc, 'clicksEmail', 'S1'));
  return doc;
}

describe('trigger groups', () => {
  it('a group is one marked trigger per email of the stream, in priority order', () => {
    const doc = nurtureA();
    expect(emailsOfStream(doc, 'S1')).toEqual(['E1', 'E2', 'E3']);
    expect(groupTriggers(groupOf(doc, 'opensEmail', 'S1'))).toEqual([
      { type: 'opensEmail', content: 'E1', ofStream: 'S1' },
      { type: 'opensEmail', content: 'E2', ofStream: 'S1' },
      { type: 'opensEmail', content: 'E3', ofStream: 'S1' },
    ]);
  });

  it('marked triggers read back as one group where the first of them stood; others stay single', () => {
    const form: Trigger = { type: 'fillsOutForm' };
    const triggers: Trigger[] = [
      form,
      { type: 'clicksEmail', content: 'E1', ofStream: 'S1' },
      { type: 'clicksEmail', content: 'E4' },
      { type: 'clicksEmail', content: 'E2', ofStream: 'S1' },
      { type: 'opensEmail', content: 'E4', ofStream: 'S2' },
      { type: 'clicksEmail', content: 'E9', ofStream: 'S9' }, // a stream that no longer exists
    ];
    const parts = triggerParts(triggers, streams);
    expect(parts).toEqual([
      { kind: 'one', trigger: form },
      { kind: 'group', group: { type: 'clicksEmail', stream: 'S1', contents: ['E1', 'E2'] } },
      { kind: 'one', trigger: { type: 'clicksEmail', content: 'E4' } },
      { kind: 'group', group: { type: 'opensEmail', stream: 'S2', contents: ['E4'] } },
      { kind: 'one', trigger: { type: 'clicksEmail', content: 'E9', ofStream: 'S9' } },
    ]);
    expect(triggersOfParts(parts).map((t) => ('content' in t ? t.content : t.type))).toEqual([
      'fillsOutForm',
      'E1',
      'E2',
      'E4',
      'E4',
      'E9',
    ]);
  });

  it('the file stays valid and the simulator treats the group as "any of these emails"', () => {
    const doc = clicksOfEarly();
    doc.people = [{ id: 'ann' }, { id: 'ben' }];
    doc.events = [
      { at: '2025-03-03T08:00', type: 'add', person: 'ann', stream: 'S1' },
      { at: '2025-03-03T08:00', type: 'add', person: 'ben', stream: 'S1' },
      { at: '2025-03-05T10:00', type: 'clicks', person: 'ann', content: 'E2' },
      { at: '2025-03-05T10:00', type: 'clicks', person: 'ben', content: 'E4' },
    ];
    const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const result = simulateRecords(parsed.scenario, { until: '2025-03-06' });
    if (!result.ok) throw new Error('simulation failed');
    const moves = result.value.filter((r) => r.type === 'move' && r.from !== null);
    expect(moves.map((r) => `${r.person} ${r.type === 'move' ? r.to : ''}`)).toEqual(['ann S2']);
  });

  it('an email added to the stream, or moved out of it, makes the group outdated; refresh rewrites it', () => {
    const doc = clicksOfEarly();
    const first = triggerParts(doc.program.streams[1]!.transitions![0]!.triggers, streams)[0]!;
    if (first.kind !== 'group') throw new Error('expected a group');
    expect(groupDrift(doc, first.group)).toEqual({ added: [], gone: [] });

    const added = ok(addItem(doc, 'S1', 3, 'email', 'Offer'));
    const moved = ok(moveItem(added, 'S1', 'E1', 'S2', 0));
    const rule = () => moved.program.streams[1]!.transitions![0]!;
    const part = triggerParts(rule().triggers, streams)[0]!;
    if (part.kind !== 'group') throw new Error('expected a group');
    expect(groupDrift(moved, part.group)).toEqual({ added: ['E6'], gone: ['E1'] });

    const args = { stream: 'S2', rule: 't-demo', group: { type: 'clicksEmail', stream: 'S1' } };
    const refreshed = ok(refreshTriggerGroup.perform(moved, args as never));
    expect(refreshed.program.streams[1]!.transitions![0]!.triggers).toEqual([
      { type: 'clicksEmail', content: 'E2', ofStream: 'S1' },
      { type: 'clicksEmail', content: 'E3', ofStream: 'S1' },
      { type: 'clicksEmail', content: 'E6', ofStream: 'S1' },
    ]);
    // Already up to date: the same document, so no undo step.
    expect(refreshTriggerGroup.perform(refreshed, args as never)).toEqual({
      ok: true,
      doc: refreshed,
    });
  });
});
