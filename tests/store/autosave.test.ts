import { describe, expect, it } from 'vitest';
import { addStream } from '../../src/document/actions/streams';
import type { Scenario } from '../../src/model';
import { startAutosave, type AutosaveRepo } from '../../src/store/autosave';
import { createEditorStore } from '../../src/store/editorStore';
import { nurtureA } from '../fixtures/builders';

/** Timers run only when the test says so. */
function manualTimers() {
  let queue: { fn: () => void; at: number; id: number }[] = [];
  let now = 0;
  let id = 0;
  return {
    setTimer: (fn: () => void, ms: number) => {
      queue.push({ fn, at: now + ms, id: ++id });
      return id;
    },
    clearTimer: (handle: unknown) => {
      queue = queue.filter((t) => t.id !== handle);
    },
    async advance(ms: number) {
      now += ms;
      const due = queue.filter((t) => t.at <= now);
      queue = queue.filter((t) => t.at > now);
      for (const t of due) t.fn();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

function fakeRepo(stored = { revision: 1 }) {
  const saves: Scenario[] = [];
  const revisions: Scenario[] = [];
  const repo: AutosaveRepo = {
    async saveProgram(_id, document, expected) {
      if (expected !== stored.revision) return { ok: false, reason: 'conflict' };
      stored.revision++;
      saves.push(document);
      return { ok: true, record: { revision: stored.revision } };
    },
    async addRevision(_id, document) {
      revisions.push(document);
    },
  };
  return { repo, saves, revisions, stored };
}

describe('autosave', () => {
  it('saves once, 300 ms after the last of several quick edits, then records a revision', async () => {
    const timers = manualTimers();
    const store = createEditorStore();
    store.getState().open('p', nurtureA(), 1);
    const { repo, saves, revisions } = fakeRepo();
    startAutosave(store, repo, { ...timers, revisionAfterMs: 5000 });
    store.getState().apply(addStream, { name: 'A' });
    await timers.advance(200);
    store.getState().apply(addStream, { name: 'B' });
    await timers.advance(299);
    expect(saves).toHaveLength(0);
    await timers.advance(1);
    expect(saves).toHaveLength(1);
    expect(saves[0]!.program.streams.map((s) => s.name)).toEqual(['Early', 'Late', 'A', 'B']);
    expect(store.getState()).toMatchObject({ saveState: 'saved', savedRevision: 2 });
    await timers.advance(5000);
    expect(revisions).toHaveLength(1);
  });

  it('tells onRevision once the revision is stored, so the history list can refresh', async () => {
    const timers = manualTimers();
    const store = createEditorStore();
    store.getState().open('p', nurtureA(), 1);
    const { repo, revisions } = fakeRepo();
    const told: string[] = [];
    startAutosave(store, repo, {
      ...timers,
      revisionAfterMs: 5000,
      onRevision: (id) => told.push(id),
    });
    store.getState().apply(addStream, { name: 'A' });
    await timers.advance(300);
    await timers.advance(4999);
    expect(told).toEqual([]);
    await timers.advance(1);
    expect(revisions).toHaveLength(1);
    expect(told).toEqual(['p']);
  });

  it('flush saves at once (page hide), and saves nothing when nothing changed', async () => {
    const timers = manualTimers();
    const store = createEditorStore();
    store.getState().open('p', nurtureA(), 1);
    const { repo, saves } = fakeRepo();
    const autosave = startAutosave(store, repo, timers);
    await autosave.flush();
    expect(saves).toHaveLength(0);
    store.getState().apply(addStream, { name: 'A' });
    await autosave.flush();
    expect(saves).toHaveLength(1);
  });

  it('another tab saved first: reports a conflict and overwrites nothing', async () => {
    const timers = manualTimers();
    const store = createEditorStore();
    store.getState().open('p', nurtureA(), 1);
    const { repo, saves, stored } = fakeRepo();
    stored.revision = 2; // the other tab's save
    const autosave = startAutosave(store, repo, timers);
    store.getState().apply(addStream, { name: 'A' });
    await autosave.flush();
    expect(saves).toHaveLength(0);
    expect(store.getState().saveState).toBe('conflict');
    store.getState().apply(addStream, { name: 'B' });
    await autosave.flush();
    expect(saves).toHaveLength(0);
  });

  it('a storage error keeps the document in memory and says what failed', async () => {
    const timers = manualTimers();
    const store = createEditorStore();
    store.getState().open('p', nurtureA(), 1);
    const repo: AutosaveRepo = {
      saveProgram: async () => {
        throw new Error('The quota has been exceeded.');
      },
      addRevision: async () => undefined,
    };
    const autosave = startAutosave(store, repo, timers);
    store.getState().apply(addStream, { name: 'A' });
    await autosave.flush();
    expect(store.getState()).toMatchObject({
      saveState: 'error',
      saveError: 'The quota has been exceeded.',
    });
    expect(store.getState().doc!.program.streams).toHaveLength(3);
  });
});
