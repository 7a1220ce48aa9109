import { describe, expect, it } from 'vitest';
import { defineAction } from '../../src/document/actions/action';
import { addItem, updateItem } from '../../src/document/actions/content';
import { moveLane } from '../../src/document/actions/layout';
import { addNote, updateNote } from '../../src/document/actions/notes';
import { addStream, renameStream, setCadence } from '../../src/document/actions/streams';
import { done } from '../../src/document/ops';
import type { Cadence } from '../../src/model';
import { createEditorStore, COALESCE_MS, HISTORY_LIMIT } from '../../src/store/editorStore';
import { nurtureA } from '../fixtures/builders';

function opened(checkLayout = true) {
  let clock = 0;
  const store = createEditorStore({ now: () => clock, checkLayout });
  store.getState().open('prog-1', nurtureA(), 4);
  return { store, tick: (ms: number) => (clock += ms) };
}

/** S1's cadence (weekly on Tuesdays) cast an hour later: a real change. */
const weeklyTue: Cadence = {
  type: 'weekly',
  firstCast: '2025-03-04',
  time: '10:00',
  every: 1,
  weekdays: ['tue'],
};

describe('editor store', () => {
  it('applies actions, undoes and redoes every one of them', () => {
    const { store } = opened();
    const { apply } = store.getState();
    expect(apply(addStream, { name: 'Late stage' })).toEqual({ ok: true, id: 'S3' });
    expect(
      apply(addItem, { stream: 'S3', index: 0, type: 'email', name: 'Demo invite' }),
    ).toMatchObject({ ok: true });
    expect(store.getState().doc!.program.streams).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().doc!.program.streams[2]!.content).toBeUndefined();
    store.getState().undo();
    expect(store.getState().doc!.program.streams).toHaveLength(2);
    store.getState().undo(); // nothing more to undo
    expect(store.getState().doc).toEqual(nurtureA());
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().doc!.program.streams[2]!.content![0]!.name).toBe('Demo invite');
    expect(store.getState().saveState).toBe('pending');
  });

  it('a new edit after undo drops the redo branch', () => {
    const { store } = opened();
    store.getState().apply(addStream, { name: 'A' });
    store.getState().undo();
    store.getState().apply(addStream, { name: 'B' });
    store.getState().redo();
    expect(store.getState().doc!.program.streams.map((s) => s.name)).toEqual([
      'Early',
      'Late',
      'B',
    ]);
  });

  it('typing a name is one undo step; a pause starts another', () => {
    const { store, tick } = opened();
    for (const name of ['W', 'We', 'Wel', 'Welcome']) {
      store.getState().apply(renameStream, { stream: 'S1', name });
      tick(200);
    }
    tick(COALESCE_MS);
    store.getState().apply(renameStream, { stream: 'S1', name: 'Welcome!' });
    store.getState().undo();
    expect(store.getState().doc!.program.streams[0]!.name).toBe('Welcome');
    store.getState().undo();
    expect(store.getState().doc!.program.streams[0]!.name).toBe('Early');
  });

  it('coalesces only the same action with the same key', () => {
    const { store, tick } = opened();
    const { apply } = store.getState();
    apply(updateItem, { stream: 'S1', item: 'E1', patch: { name: 'A' }, typing: 'name' });
    tick(100);
    apply(updateItem, { stream: 'S1', item: 'E1', patch: { name: 'Ab' }, typing: 'name' });
    tick(100);
    // Another field of the same item, then the name again: three steps in all.
    apply(updateItem, {
      stream: 'S1',
      item: 'E1',
      patch: { activeFrom: '2025-01-01' },
      typing: 'activeFrom',
    });
    tick(100);
    apply(updateItem, { stream: 'S1', item: 'E1', patch: { name: 'Abc' }, typing: 'name' });
    // The same key from another action is another step too.
    apply(setCadence, { stream: 'S1', cadence: weeklyTue, typing: 'E1:name' });
    expect(store.getState().past.map((s) => s.action)).toEqual([
      'updateItem',
      'updateItem',
      'updateItem',
      'setCadence',
    ]);
  });

  it('R2: a refused edit changes nothing and says why', () => {
    const { store } = opened();
    for (let i = 0; i < 23; i++) store.getState().apply(addStream, { name: `L${i}` });
    const before = store.getState().doc;
    expect(store.getState().apply(addStream, { name: 'twenty-sixth' })).toEqual({ ok: false });
    expect(store.getState().refusal).toBe('tooManyStreams');
    expect(store.getState().doc).toBe(before);
    store.getState().apply(updateItem, { stream: 'S1', item: 'E1', patch: { active: false } });
    expect(store.getState().refusal).toBeNull();
  });

  it(`keeps at most ${HISTORY_LIMIT} undo steps, dropping the oldest`, () => {
    const { store, tick } = opened();
    const name = () => store.getState().doc!.program.streams[0]!.name;
    for (let i = 0; i < HISTORY_LIMIT; i++) {
      store.getState().apply(renameStream, { stream: 'S1', name: `n${i}` });
      tick(COALESCE_MS);
    }
    // Exactly at the limit nothing is dropped yet: the first step still undoes to the original.
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    expect(store.getState().past[0]!.doc.program.streams[0]!.name).toBe('Early');
    store.getState().apply(renameStream, { stream: 'S1', name: `n${HISTORY_LIMIT}` });
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) store.getState().undo();
    // 200 undos reach the first edit; the original name is beyond the limit.
    expect(name()).toBe('n0');
    expect(store.getState().future).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i++) store.getState().redo();
    expect(name()).toBe(`n${HISTORY_LIMIT}`);
  });

  it('an edit that changes nothing adds no undo step and leaves nothing to save', () => {
    const { store } = opened();
    const before = store.getState();
    // A new document object that says the same: the name set to itself.
    expect(store.getState().apply(renameStream, { stream: 'S1', name: 'Early' })).toEqual({
      ok: true,
    });
    expect(store.getState().past).toEqual([]);
    expect(store.getState().doc).toBe(before.doc);
    expect(store.getState().saveState).toBe('saved');
    expect(store.getState().lastAction).toBeNull();
    // After a real edit, repeating it is no second step.
    store.getState().apply(renameStream, { stream: 'S1', name: 'Welcome' });
    store.getState().apply(renameStream, { stream: 'S2', name: 'Late' });
    expect(store.getState().past.map((s) => s.action)).toEqual(['renameStream']);
  });

  it('tells where saving stands: pending after an edit, saved when the copy is back', () => {
    const { store } = opened();
    const opened4 = store.getState().doc;
    expect(store.getState()).toMatchObject({ saveState: 'saved', savedDoc: opened4 });
    store.getState().apply(renameStream, { stream: 'S1', name: 'Welcome' });
    expect(store.getState().saveState).toBe('pending');
    store.getState().undo();
    expect(store.getState().saveState).toBe('saved');
    store.getState().redo();
    const edited = store.getState().doc!;
    store.getState().saveStarted();
    store.getState().saved(5, edited);
    expect(store.getState()).toMatchObject({ saveState: 'saved', savedRevision: 5 });
    expect(store.getState().savedDoc).toBe(edited);
  });

  it('a conflict stays until the program is opened again: edits, undo and saves keep it', () => {
    const { store } = opened();
    store.getState().apply(renameStream, { stream: 'S1', name: 'Welcome' });
    store.getState().saveFailed('conflict', null);
    store.getState().apply(renameStream, { stream: 'S1', name: 'Welcome!' });
    store.getState().undo();
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().saveState).toBe('conflict');
    store.getState().open('prog-1', nurtureA(), 6);
    expect(store.getState().saveState).toBe('saved');
  });

  it('selects what an action created, or the given selection', () => {
    const { store } = opened();
    const { apply } = store.getState();
    apply(addStream, { name: 'New' }, { select: (id) => ({ kind: 'stream', id }) });
    expect(store.getState().selection).toEqual([{ kind: 'stream', id: 'S3' }]);
    apply(addNote, { at: { x: 0, y: 0 }, text: '' }, { select: () => null });
    expect(store.getState().selection).toEqual([]);
    apply(renameStream, { stream: 'S1', name: 'x' }, { select: [{ kind: 'program' }] });
    expect(store.getState().selection).toEqual([{ kind: 'program' }]);
    // A refused action selects nothing.
    apply(renameStream, { stream: 'S9', name: 'x' }, { select: [] });
    expect(store.getState().selection).toEqual([{ kind: 'program' }]);
  });
});

describe('what the last step affected', () => {
  it('history steps and lastAction carry the action name and scope, through undo and redo', () => {
    const { store } = opened();
    expect(store.getState().lastAction).toBeNull();
    store.getState().apply(setCadence, { stream: 'S1', cadence: weeklyTue });
    store.getState().apply(moveLane, { stream: 'S1', to: { x: 2000, y: 40 } });
    expect(store.getState().lastAction).toEqual({ name: 'moveLane', scope: 'layout' });
    expect(store.getState().past.map(({ action, scope }) => [action, scope])).toEqual([
      ['setCadence', 'program'],
      ['moveLane', 'layout'],
    ]);

    store.getState().undo(); // undoes the lane move: layout
    expect(store.getState().lastAction).toEqual({ name: 'moveLane', scope: 'layout' });
    store.getState().undo(); // undoes the cadence: program
    expect(store.getState().lastAction).toEqual({ name: 'setCadence', scope: 'program' });
    expect(store.getState().future.map((s) => s.action)).toEqual(['setCadence', 'moveLane']);
    store.getState().redo();
    expect(store.getState().lastAction).toEqual({ name: 'setCadence', scope: 'program' });
    store.getState().redo();
    expect(store.getState().lastAction).toEqual({ name: 'moveLane', scope: 'layout' });

    store.getState().open('prog-2', nurtureA(), 1);
    expect(store.getState().lastAction).toBeNull();
  });

  it('notes are layout', () => {
    const { store } = opened();
    const { id } = store.getState().apply(addNote, { at: { x: 0, y: 0 }, text: '' });
    store.getState().apply(updateNote, { id: id!, text: 'Ask legal' });
    expect(store.getState().past.map((s) => s.scope)).toEqual(['layout', 'layout']);
  });

  it('a layout action that changes more than "ui" throws (it would re-run the simulation)', () => {
    const sneaky = defineAction<null>({
      name: 'sneaky',
      scope: 'layout',
      perform: (doc) => done({ ...doc, people: [{ id: 'ann' }], ui: { notes: [] } }),
    });
    const { store } = opened();
    const before = store.getState().doc;
    expect(() => store.getState().apply(sneaky, null)).toThrow(
      'Layout action sneaky changed people',
    );
    expect(store.getState().doc).toBe(before);

    // A new but equal program object is no change at all: no step, nothing to check.
    const copying = defineAction<null>({
      name: 'copying',
      scope: 'layout',
      perform: (doc) => done({ ...doc, program: { ...doc.program } }),
    });
    expect(store.getState().apply(copying, null).ok).toBe(true);
    expect(store.getState().doc).toBe(before);

    // The same edit as a program action is fine; the check can be turned off (production).
    expect(store.getState().apply({ ...sneaky, scope: 'program' }, null).ok).toBe(true);
    expect(opened(false).store.getState().apply(sneaky, null).ok).toBe(true);
  });

  it('is on by default in tests (import.meta.env.DEV)', () => {
    const store = createEditorStore();
    store.getState().open('p', nurtureA(), 1);
    const removesPeople = defineAction<null>({
      name: 'removesPeople',
      scope: 'layout',
      perform: (doc) => done({ ...doc, simulation: { seed: 1 } }),
    });
    expect(() => store.getState().apply(removesPeople, null)).toThrow(/changed simulation/);
  });
});
