import { describe, expect, it } from 'vitest';
import { renameStream } from '../../src/document/actions/streams';
import { addStream } from '../../src/document/actions/streams';
import type { Scenario } from '../../src/model';
import { startAutosave, type AutosaveRepo } from '../../src/store/autosave';
import { createEditorStore } from '../../src/store/editorStore';
import { nurtureA } from '../fixtures/builders';
import { manualTimers } from './manualTimers';

/** A stored program with revisions, as ProgramRepo keeps it; `attempts` counts every save tried. */
function fakeRepo(stored = { revision: 1 }) {
  const saves: Scenario[] = [];
  const revisions: Scenario[] = [];
  let attempts = 0;
  const repo: AutosaveRepo = {
    async saveProgram(_id, document, expected) {
      attempts++;
      if (expected !== stored.revision) return { ok: false, reason: 'conflict' };
      stored.revision++;
      saves.push(document);
      return { ok: true, record: { revision: stored.revision } };
    },
    async addRevision(_id, document) {
      revisions.push(document);
    },
  };
  return { repo, saves, revisions, stored, attempts: () => attempts };
}

function opened() {
  const store = createEditorStore();
  store.getState().open('p', nurtureA(), 1);
  return store;
}

const firstName = (doc: Scenario | undefined) => doc?.program.streams[0]?.name;

describe('autosave', () => {
  it('saves an edit 300 ms after it, then records a revision once edits pause', async () => {
    const timers = manualTimers();
    const store = opened();
    const { repo, saves, revisions } = fakeRepo();
    startAutosave(store, repo, { ...timers, revisionAfterMs: 5000 });
    store.getState().apply(addStream, { name: 'A' });
    await timers.advance(299);
    expect(saves).toHaveLength(0);
    await timers.advance(1);
    expect(saves).toHaveLength(1);
    expect(saves[0]!.program.streams.map((s) => s.name)).toEqual(['Early', 'Late', 'A']);
    expect(store.getState()).toMatchObject({ saveState: 'saved', savedRevision: 2 });
    await timers.advance(5000);
    expect(revisions).toHaveLength(1);
  });

  it('saves at least every 300 ms during a long burst of typing', async () => {
    const timers = manualTimers();
    const store = opened();
    const { repo, saves } = fakeRepo();
    const savedAt: { at: number; upTo: number }[] = [];
    const save = repo.saveProgram.bind(repo);
    repo.saveProgram = async (id, doc, expected) => {
      savedAt.push({ at: timers.now(), upTo: Number(firstName(doc)!.slice(1)) });
      return save(id, doc, expected);
    };
    startAutosave(store, repo, timers);
    // A keystroke every 100 ms for 3 s: a plain debounce would save nothing until it ends.
    for (let i = 0; i < 30; i++) {
      store.getState().apply(renameStream, { stream: 'S1', name: `n${i}` });
      await timers.advance(100);
    }
    expect(saves.length).toBeGreaterThanOrEqual(9);
    for (let i = 0; i < 28; i++) {
      // The keystroke made at i * 100 ms is stored by i * 100 + 300 ms at the latest.
      expect(savedAt.some((s) => s.at <= i * 100 + 300 && s.upTo >= i)).toBe(true);
    }
  });

  it('flush saves at once (page hide), and saves nothing when nothing changed', async () => {
    const timers = manualTimers();
    const store = opened();
    const { repo, saves } = fakeRepo();
    const autosave = startAutosave(store, repo, timers);
    await autosave.flush();
    expect(saves).toHaveLength(0);
    store.getState().apply(addStream, { name: 'A' });
    await autosave.flush();
    expect(saves).toHaveLength(1);
  });

  it('opening a program, or taking over another tab’s copy, saves nothing', async () => {
    const timers = manualTimers();
    const store = createEditorStore();
    const { repo, attempts } = fakeRepo({ revision: 3 });
    const autosave = startAutosave(store, repo, timers);
    store.getState().open('p', nurtureA(), 3);
    await timers.advance(1000);
    store.getState().open('p', { ...nurtureA(), simulation: { seed: 9 } }, 4);
    await timers.advance(1000);
    await autosave.flush();
    expect(attempts()).toBe(0);
    expect(store.getState().saveState).toBe('saved');
  });

  it('two tabs following each other: 2 edits make 2 revisions, with no false conflict', async () => {
    const timers = manualTimers();
    const stored = { revision: 1, doc: nurtureA() };
    const tabs = [createEditorStore(), createEditorStore()];
    for (const tab of tabs) tab.getState().open('p', stored.doc, 1);
    // What useEditorSession does with another tab's save: take it over when nothing is unsaved.
    const follow = (saver: number) => {
      const other = tabs[1 - saver]!.getState();
      if (other.saveState === 'saved' && other.savedRevision < stored.revision)
        other.open('p', structuredClone(stored.doc), stored.revision);
    };
    tabs.forEach((tab, index) => {
      const repo: AutosaveRepo = {
        async saveProgram(_id, document, expected) {
          if (expected !== stored.revision) return { ok: false, reason: 'conflict' };
          Object.assign(stored, { revision: stored.revision + 1, doc: document });
          queueMicrotask(() => follow(index));
          return { ok: true, record: { revision: stored.revision } };
        },
        addRevision: async () => undefined,
      };
      startAutosave(tab, repo, timers);
    });
    tabs[0]!.getState().apply(addStream, { name: 'A' });
    await timers.advance(2000);
    tabs[0]!.getState().apply(addStream, { name: 'B' });
    await timers.advance(2000);
    expect(stored.revision).toBe(3);
    expect(tabs.map((tab) => tab.getState().saveState)).toEqual(['saved', 'saved']);
    expect(tabs[1]!.getState().doc!.program.streams.map((s) => s.name)).toEqual([
      'Early',
      'Late',
      'A',
      'B',
    ]);
  });

  it('an edit made while a save runs stays pending, and is saved after it', async () => {
    const timers = manualTimers();
    const store = opened();
    const { repo, saves } = fakeRepo();
    let release = () => {};
    const save = repo.saveProgram.bind(repo);
    repo.saveProgram = (...args) =>
      new Promise((resolve) => {
        release = () => resolve(save(...args));
      });
    const autosave = startAutosave(store, repo, timers);
    store.getState().apply(renameStream, { stream: 'S1', name: 'first' });
    await timers.advance(300);
    expect(store.getState().saveState).toBe('saving');
    store.getState().apply(renameStream, { stream: 'S1', name: 'second' });
    expect(store.getState().saveState).toBe('pending');
    release();
    await timers.advance(0);
    expect(firstName(saves[0])).toBe('first');
    expect(store.getState()).toMatchObject({ saveState: 'pending', savedRevision: 2 });
    await timers.advance(300);
    release();
    await autosave.flush();
    expect(saves.map(firstName)).toEqual(['first', 'second']);
    expect(store.getState()).toMatchObject({ saveState: 'saved', savedRevision: 3 });
  });

  it('an undo made while a save runs is saved after it, though it returns to the old copy', async () => {
    const timers = manualTimers();
    const store = opened();
    const { repo, saves } = fakeRepo();
    let release = () => {};
    const save = repo.saveProgram.bind(repo);
    repo.saveProgram = (...args) =>
      new Promise((resolve) => {
        release = () => resolve(save(...args));
      });
    startAutosave(store, repo, timers);
    store.getState().apply(renameStream, { stream: 'S1', name: 'first' });
    await timers.advance(300);
    store.getState().undo(); // back to 'Early', the copy stored before this save
    expect(store.getState().saveState).toBe('pending');
    release();
    await timers.advance(0);
    expect(store.getState().saveState).toBe('pending');
    await timers.advance(300);
    release();
    await timers.advance(0);
    expect(saves.map(firstName)).toEqual(['first', 'Early']);
    expect(store.getState().saveState).toBe('saved');
  });

  it('undoing back to the saved document before the save leaves nothing to save', async () => {
    const timers = manualTimers();
    const store = opened();
    const { repo, attempts } = fakeRepo();
    startAutosave(store, repo, timers);
    store.getState().apply(addStream, { name: 'A' });
    store.getState().undo();
    expect(store.getState().saveState).toBe('saved');
    await timers.advance(1000);
    expect(attempts()).toBe(0);
  });

  it('another tab saved first: reports a conflict, and tries no save after it', async () => {
    const timers = manualTimers();
    const store = opened();
    const { repo, saves, stored, attempts } = fakeRepo();
    stored.revision = 2; // the other tab's save
    const autosave = startAutosave(store, repo, timers);
    store.getState().apply(addStream, { name: 'A' });
    await autosave.flush();
    expect(attempts()).toBe(1);
    expect(store.getState().saveState).toBe('conflict');
    store.getState().apply(addStream, { name: 'B' });
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().saveState).toBe('conflict');
    await timers.advance(1000);
    await autosave.flush();
    expect(attempts()).toBe(1);
    expect(saves).toHaveLength(0);
  });

  it('a storage error keeps the document in memory and says what failed', async () => {
    const timers = manualTimers();
    const store = opened();
    const newer = Object.assign(new Error('written by a newer Lanecast'), {
      name: 'StorageError',
      kind: 'newer',
    });
    const failures = [new Error('The quota has been exceeded.'), newer];
    const repo: AutosaveRepo = {
      saveProgram: async () => {
        throw failures.shift();
      },
      addRevision: async () => undefined,
    };
    const autosave = startAutosave(store, repo, timers);
    store.getState().apply(addStream, { name: 'A' });
    await autosave.flush();
    expect(store.getState()).toMatchObject({
      saveState: 'error',
      saveError: 'The quota has been exceeded.',
      saveErrorKind: null,
    });
    expect(store.getState().doc!.program.streams).toHaveLength(3);
    // The next edit tries again; a storage failure keeps its kind for the message.
    store.getState().apply(addStream, { name: 'B' });
    await autosave.flush();
    expect(store.getState()).toMatchObject({ saveState: 'error', saveErrorKind: 'newer' });
  });
});
