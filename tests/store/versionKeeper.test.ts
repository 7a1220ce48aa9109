// When versions are kept for the history: after a pause, at least every few minutes of
// continuous editing, and when the editor is left. Vitest's fake timers drive the clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renameStream } from '../../src/document/actions/streams';
import type { Scenario } from '../../src/model';
import { startAutosave, type AutosaveRepo } from '../../src/store/autosave';
import { createEditorStore } from '../../src/store/editorStore';
import {
  startVersionKeeper,
  VERSION_EVERY_MS,
  VERSION_QUIET_MS,
} from '../../src/store/versionKeeper';
import { nurtureA } from '../fixtures/builders';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function named(name: string): Scenario {
  const doc = nurtureA();
  doc.program.name = name;
  return doc;
}

function recording() {
  const versions: { at: number; name: string | undefined }[] = [];
  const told: string[] = [];
  const keeper = startVersionKeeper(
    async (_id, doc) => {
      versions.push({ at: Date.now(), name: doc.program.name });
    },
    { onRevision: (id) => told.push(id) },
  );
  return { keeper, versions, told, start: Date.now() };
}

describe('version keeper', () => {
  it(`keeps the last save as a version after ${VERSION_QUIET_MS / SECOND} s without saves`, async () => {
    const { keeper, versions, told } = recording();
    keeper.saved('p', named('one'));
    await vi.advanceTimersByTimeAsync(5 * SECOND);
    keeper.saved('p', named('two'));
    await vi.advanceTimersByTimeAsync(VERSION_QUIET_MS - 1);
    expect(versions).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(versions.map((v) => v.name)).toEqual(['two']);
    expect(told).toEqual(['p']);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(versions).toHaveLength(1); // nothing new saved, nothing new kept
  });

  it(`keeps a version at least every ${VERSION_EVERY_MS / MINUTE} minutes of continuous editing`, async () => {
    const { keeper, versions, start } = recording();
    // A save every 10 s for 12 minutes: never 20 s of quiet.
    for (let i = 0; i < 72; i++) {
      keeper.saved('p', named(`v${i}`));
      await vi.advanceTimersByTimeAsync(10 * SECOND);
    }
    expect(versions.map((v) => v.at - start)).toEqual([VERSION_EVERY_MS, 2 * VERSION_EVERY_MS]);
    expect(versions.map((v) => v.name)).toEqual(['v29', 'v59']);
  });

  it('keepNow keeps the last save once; with nothing saved it keeps nothing', async () => {
    const { keeper, versions } = recording();
    await keeper.keepNow();
    expect(versions).toEqual([]);
    keeper.saved('p', named('left'));
    await keeper.keepNow();
    await keeper.keepNow();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(versions.map((v) => v.name)).toEqual(['left']);
  });

  it('a version that cannot be stored is no error for the editor (the program is saved)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const keeper = startVersionKeeper(() => Promise.reject(new Error('quota')));
    keeper.saved('p', named('x'));
    await expect(keeper.keepNow()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('autosave: leaving the editor', () => {
  function setup() {
    const store = createEditorStore();
    store.getState().open('p', nurtureA(), 1);
    let revision = 1;
    const saves: (string | undefined)[] = [];
    const versions: (string | undefined)[] = [];
    const repo: AutosaveRepo = {
      async saveProgram(_id, doc) {
        saves.push(doc.program.streams[0]!.name);
        return { ok: true, record: { revision: ++revision } };
      },
      async addRevision(_id, doc) {
        versions.push(doc.program.streams[0]!.name);
      },
    };
    return { store, saves, versions, autosave: startAutosave(store, repo) };
  }

  it('saves the last edit and keeps it as a version, before 20 s of quiet', async () => {
    const { store, saves, versions, autosave } = setup();
    store.getState().apply(renameStream, { stream: 'S1', name: 'Saved' });
    await vi.advanceTimersByTimeAsync(1 * SECOND);
    store.getState().apply(renameStream, { stream: 'S1', name: 'Last' });
    await autosave.leave();
    expect(saves).toEqual(['Saved', 'Last']);
    expect(versions).toEqual(['Last']);
    autosave.stop();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(versions).toEqual(['Last']);
  });

  it('opening a program and leaving it unchanged keeps no version', async () => {
    const { saves, versions, autosave } = setup();
    await vi.advanceTimersByTimeAsync(1 * MINUTE);
    await autosave.leave();
    expect(saves).toEqual([]);
    expect(versions).toEqual([]);
  });

  it('typing for minutes keeps versions along the way, not only after a pause', async () => {
    const { store, versions, autosave } = setup();
    for (let i = 0; i < 11 * 60; i++) {
      store.getState().apply(renameStream, { stream: 'S1', name: `n${i}` });
      await vi.advanceTimersByTimeAsync(1 * SECOND);
    }
    expect(versions.length).toBe(2);
    autosave.stop();
  });
});
