// The people listed in the file: add, change, rename, remove (with their events) and import them,
// never two people with one id nor a listed person with a generated person's id; every edit
// leaves a file the format accepts.
import { describe, expect, it } from 'vitest';
import * as actions from '../../src/document/actions/people';
import {
  addPerson,
  eventsOfPeople,
  idClash,
  importPeople,
  removePeople,
  updatePerson,
} from '../../src/document/ops/people';
import type { EditResult } from '../../src/document/ops';
import { checkReferences, parseScenario, type Scenario } from '../../src/model';
import { createEditorStore } from '../../src/store/editorStore';
import { previewProgram } from '../fixtures/previewProgram';

const ok = (result: EditResult): Scenario => {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  const parsed = parseScenario(JSON.parse(JSON.stringify(result.doc)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  expect(checkReferences(result.doc)).toEqual([]);
  return result.doc;
};
const person = (doc: Scenario, id: string) => doc.people?.find((p) => p.id === id);
// previewProgram: ann, ben, cara listed with events; cohort "lead" of 30 generated people.
const fixture = () => previewProgram(30);

describe('adding people', () => {
  it('adds a person at the end of the list', () => {
    const doc = ok(addPerson(fixture(), { id: 'dora', attributes: { country: 'FR' } }));
    expect(doc.people!.map((p) => p.id)).toEqual(['ann', 'ben', 'cara', 'dora']);
    expect(person(doc, 'dora')).toEqual({ id: 'dora', attributes: { country: 'FR' } });
  });

  it('refuses an id already listed, a generated id, and an empty one, saying which', () => {
    const doc = fixture();
    expect(addPerson(doc, { id: 'ann' })).toEqual({ ok: false, refusal: 'idTaken' });
    expect(addPerson(doc, { id: 'lead-30' })).toEqual({ ok: false, refusal: 'idTaken' });
    expect(idClash(doc, 'ann')).toEqual({ kind: 'listed' });
    expect(idClash(doc, 'lead-7')).toEqual({ kind: 'generated', cohort: 'lead', size: 30 });
    // The file's reference check reads "07" as 7, so it is refused as well.
    expect(idClash(doc, 'lead-07')).toEqual({ kind: 'generated', cohort: 'lead', size: 30 });
    expect(idClash(doc, ' ')).toEqual({ kind: 'empty' });
    // Past the cohort's size, not a number, or another prefix: not a generated id.
    for (const free of ['lead-31', 'lead-0', 'lead-', 'leader-1', 'lead-x'])
      expect(idClash(doc, free)).toBeNull();
  });
});

describe('changing a person', () => {
  it('sets and removes attributes one by one, keeping the others', () => {
    let doc = ok(updatePerson(fixture(), 'ann', { attributes: { score: 42, vip: true } }));
    expect(person(doc, 'ann')!.attributes).toEqual({ country: 'DE', score: 42, vip: true });
    doc = ok(updatePerson(doc, 'ann', { attributes: { country: undefined, score: '0042' } }));
    expect(person(doc, 'ann')!.attributes).toEqual({ score: '0042', vip: true });
    doc = ok(updatePerson(doc, 'ann', { attributes: { score: undefined, vip: undefined } }));
    expect(person(doc, 'ann')).toEqual({ id: 'ann' });
  });

  it('writes the program zone, no memberships and subscribed as absent keys', () => {
    let doc = ok(
      updatePerson(fixture(), 'ben', { timeZone: null, programs: ['P1'], unsubscribed: true }),
    );
    expect(person(doc, 'ben')).toEqual({
      id: 'ben',
      attributes: { country: 'US' },
      programs: ['P1'],
      unsubscribed: true,
    });
    doc = ok(
      updatePerson(doc, 'ben', { timeZone: 'Asia/Tokyo', programs: [], unsubscribed: false }),
    );
    expect(person(doc, 'ben')).toEqual({
      id: 'ben',
      timeZone: 'Asia/Tokyo',
      attributes: { country: 'US' },
    });
  });

  it('renames a person in their events too, and refuses a taken id', () => {
    const before = fixture();
    const doc = ok(updatePerson(before, 'ann', { id: 'anna' }));
    expect(doc.people!.map((p) => p.id)).toEqual(['anna', 'ben', 'cara']);
    expect(doc.events!.filter((e) => 'person' in e && e.person === 'anna')).toHaveLength(3);
    expect(eventsOfPeople(doc, ['ann'])).toBe(0);
    expect(updatePerson(before, 'ann', { id: 'ben' })).toEqual({ ok: false, refusal: 'idTaken' });
    expect(updatePerson(before, 'ann', { id: 'lead-1' })).toEqual({
      ok: false,
      refusal: 'idTaken',
    });
    expect(updatePerson(before, 'zoe', { unsubscribed: true })).toEqual({
      ok: false,
      refusal: 'notFound',
    });
  });
});

describe('removing people', () => {
  it('removes them with every event that names them; program edits stay', () => {
    const before = {
      ...fixture(),
      events: [...fixture().events!, { at: '2025-03-15T10:00', type: 'deactivate', content: 'E3' }],
    } as Scenario;
    expect(eventsOfPeople(before, ['ann'])).toBe(3);
    expect(eventsOfPeople(before, ['ann', 'cara'])).toBe(5);
    const doc = ok(removePeople(before, ['ann', 'cara']));
    expect(doc.people!.map((p) => p.id)).toEqual(['ben']);
    expect(doc.events!.map((e) => ('person' in e ? e.person : e.type))).toEqual([
      'ben',
      'ben',
      'deactivate',
    ]);
    expect(removePeople(before, ['zoe'])).toEqual({ ok: false, refusal: 'notFound' });
  });
});

describe('importing people', () => {
  const incoming = [
    { id: 'dora', timeZone: 'Europe/Paris', attributes: { score: 3 } },
    { id: 'ann', unsubscribed: true, attributes: { score: 9 } },
  ];

  it('appends new people and updates listed ones field by field', () => {
    const doc = ok(importPeople(fixture(), incoming, 'update'));
    expect(doc.people!.map((p) => p.id)).toEqual(['ann', 'ben', 'cara', 'dora']);
    expect(person(doc, 'ann')).toEqual({
      id: 'ann',
      attributes: { country: 'DE', score: 9 },
      unsubscribed: true,
    });
    expect(person(doc, 'dora')).toEqual(incoming[0]);
  });

  it('or leaves listed people as they are', () => {
    const before = fixture();
    const doc = ok(importPeople(before, incoming, 'skip'));
    expect(doc.people!.map((p) => p.id)).toEqual(['ann', 'ben', 'cara', 'dora']);
    expect(person(doc, 'ann')).toBe(person(before, 'ann'));
  });

  it('refuses the whole import when an id repeats or is generated', () => {
    const doc = fixture();
    expect(importPeople(doc, [{ id: 'x' }, { id: 'x' }], 'update').ok).toBe(false);
    expect(importPeople(doc, [{ id: 'x' }, { id: 'lead-2' }], 'skip').ok).toBe(false);
  });
});

describe('people actions', () => {
  const store = () => {
    let now = 0;
    const editor = createEditorStore({ now: () => now });
    editor.getState().open('p', fixture(), 1);
    return { editor, tick: (ms: number) => (now += ms) };
  };

  it('are program edits with the names the history shows', () => {
    expect(Object.values(actions).map((a) => [a.name, a.scope])).toEqual([
      ['addPerson', 'program'],
      ['updatePerson', 'program'],
      ['removePeople', 'program'],
      ['importPeople', 'program'],
    ]);
  });

  it('typing in one field of one person is one undo step; another field is another', () => {
    const { editor, tick } = store();
    const type = (patch: Parameters<typeof actions.updatePerson.perform>[1]['patch']) => {
      editor.getState().apply(actions.updatePerson, { id: 'ann', patch });
      tick(200);
    };
    type({ attributes: { score: 4 } });
    type({ attributes: { score: 42 } });
    type({ attributes: { city: 'B' } });
    type({ unsubscribed: true });
    type({ unsubscribed: false });
    expect(editor.getState().past.map((s) => s.action)).toEqual([
      'updatePerson',
      'updatePerson',
      'updatePerson',
      'updatePerson',
    ]);
    editor.getState().undo(); // unsubscribed off
    editor.getState().undo(); // unsubscribed on
    editor.getState().undo(); // city
    expect(person(editor.getState().doc!, 'ann')!.attributes).toEqual({ country: 'DE', score: 42 });
    editor.getState().undo(); // the score, typed in two keystrokes
    expect(person(editor.getState().doc!, 'ann')!.attributes).toEqual({ country: 'DE' });
  });

  it('addPerson names the person it created; a refusal is kept for the editor to say', () => {
    const { editor } = store();
    expect(editor.getState().apply(actions.addPerson, { person: { id: 'dora' } })).toEqual({
      ok: true,
      id: 'dora',
    });
    expect(editor.getState().apply(actions.addPerson, { person: { id: 'dora' } }).ok).toBe(false);
    expect(editor.getState().refusal).toBe('idTaken');
  });
});

describe('importing people into the program', () => {
  it('adds each new person to the stream at the instant given, keeping the events in time order', () => {
    const doc = fixture(); // ann, ben, cara with events from 1 Mar to 2 Apr 2025
    const next = ok(
      importPeople(doc, [{ id: 'dora' }, { id: 'ann' }, { id: 'emil' }], 'update', {
        stream: 'late',
        at: '2025-03-05T08:00',
      }),
    );
    const joins = next.events!.filter((e) => e.type === 'add' && e.at === '2025-03-05T08:00');
    // ann is listed already (and in the program): only the new people get an `add`.
    expect(joins).toEqual([
      { at: '2025-03-05T08:00', type: 'add', person: 'dora', stream: 'late' },
      { at: '2025-03-05T08:00', type: 'add', person: 'emil', stream: 'late' },
    ]);
    const at = next.events!.map((e) => e.at);
    expect(at.indexOf('2025-03-05T08:00')).toBe(at.findIndex((a) => a > '2025-03-05T08:00') - 2);
    expect(parseScenario(JSON.parse(JSON.stringify(next))).ok).toBe(true);
  });

  it('without a join, people are only listed', () => {
    const doc = fixture();
    const next = ok(importPeople(doc, [{ id: 'dora' }], 'update'));
    expect(next.events).toBe(doc.events);
  });
});
