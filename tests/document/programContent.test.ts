// programContent is what the simulation will key on: a layout edit must give back the very same
// object, a program edit a new one, and an undo the earlier program's content again.
import { describe, expect, it } from 'vitest';
import { moveLane } from '../../src/document/actions/layout';
import { addNote, updateNote } from '../../src/document/actions/notes';
import { setCadence } from '../../src/document/actions/streams';
import { programContent, programPartsChanged } from '../../src/document/programContent';
import type { Scenario } from '../../src/model';
import { createEditorStore } from '../../src/store/editorStore';
import { nurtureA, weekly } from '../fixtures/builders';

function opened() {
  const store = createEditorStore({ checkLayout: true });
  store.getState().open('p', nurtureA(), 1);
  const doc = () => store.getState().doc!;
  return { store, doc, apply: store.getState().apply };
}

describe('programContent', () => {
  it('is the document without its "ui" key', () => {
    const doc = { ...nurtureA(), ui: { notes: [] } } as Scenario;
    const content = programContent(doc);
    expect('ui' in content).toBe(false);
    expect(content).toEqual(nurtureA());
  });

  it('a lane move returns the identical object', () => {
    const { doc, apply } = opened();
    const before = programContent(doc());
    apply(moveLane, { stream: 'S1', to: { x: 900, y: 40 } });
    expect(programContent(doc())).toBe(before);
  });

  it('a note added and typed in returns the identical object', () => {
    const { doc, apply } = opened();
    const before = programContent(doc());
    const { id } = apply(addNote, { at: { x: 0, y: 0 }, text: '' });
    apply(updateNote, { id: id!, text: 'Ask legal about E4' });
    expect(programContent(doc())).toBe(before);
  });

  it('a cadence edit returns a new one; its undo gives back a value equal to the original', () => {
    const { store, doc, apply } = opened();
    const before = programContent(doc());
    const original = structuredClone(before);
    apply(setCadence, { stream: 'S1', cadence: weekly('2025-03-05', ['wed'])! });
    const after = programContent(doc());
    expect(after).not.toBe(before);
    expect(after.program.streams[0]!.cadence).toMatchObject({ weekdays: ['wed'] });

    store.getState().undo();
    expect(programContent(doc())).toEqual(original);
    // While the earlier program is still cached, even the same object: nothing to re-run.
    expect(programContent(doc())).toBe(before);
  });

  it('a change to any other part (people, simulation settings) is a new value', () => {
    const doc = nurtureA();
    const before = programContent(doc);
    const withPeople = { ...doc, people: [{ id: 'ann' }] } as Scenario;
    expect(programContent(withPeople)).not.toBe(before);
    expect(programContent(withPeople).people).toEqual([{ id: 'ann' }]);
    const reseeded = { ...doc, simulation: { seed: 2 } } as Scenario;
    expect(programContent(reseeded).simulation).toEqual({ seed: 2 });
  });
});

describe('programPartsChanged', () => {
  it('names the top-level parts other than "ui" that are new objects, added or removed', () => {
    const doc = nurtureA();
    expect(programPartsChanged(doc, { ...doc, ui: { lanes: {} } } as Scenario)).toEqual([]);
    expect(programPartsChanged(doc, { ...doc, program: { ...doc.program } })).toEqual(['program']);
    const withoutEvents = { ...doc };
    delete withoutEvents.events;
    expect(programPartsChanged(doc, withoutEvents)).toEqual(['events']);
    expect(programPartsChanged(doc, { ...doc, extra: 1 } as Scenario)).toEqual(['extra']);
  });
});
