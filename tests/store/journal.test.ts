// The crash journal: written synchronously on every edit, bounded, per program, cleared once
// saved; and the decision taken when a program opens with an entry left by a crash.
import { describe, expect, it } from 'vitest';
import { addStream, renameStream } from '../../src/document/actions/streams';
import { createEditorStore } from '../../src/store/editorStore';
import {
  createJournal,
  JOURNAL_PREFIX,
  recoveryOf,
  startJournal,
  type JournalEntry,
} from '../../src/store/journal';
import { nurtureA } from '../fixtures/builders';
import { memoryStorage } from '../fixtures/memoryStorage';

function setup(maxChars?: number) {
  const storage = memoryStorage();
  const journal = createJournal(storage, maxChars);
  const store = createEditorStore();
  startJournal(store, journal, { tab: 'tab-1', now: () => 1234 });
  store.getState().open('p', nurtureA(), 7);
  return { storage, journal, store };
}

const streamNames = (entry: JournalEntry | null) => entry?.doc.program.streams.map((s) => s.name);

describe('journal', () => {
  it('writes every edit at once (no timer, no await), over the revision it was based on', () => {
    const { journal, store } = setup();
    expect(journal.read('p')).toBeNull();
    store.getState().apply(addStream, { name: 'A' });
    expect(journal.read('p')).toMatchObject({
      programId: 'p',
      baseRevision: 7,
      at: 1234,
      tab: 'tab-1',
    });
    store.getState().apply(addStream, { name: 'B' });
    expect(streamNames(journal.read('p'))).toEqual(['Early', 'Late', 'A', 'B']);
  });

  it('is cleared by the save of its document; edits made meanwhile move to the new revision', () => {
    const { journal, store } = setup();
    store.getState().apply(addStream, { name: 'A' });
    const saving = store.getState().doc!;
    store.getState().saveStarted();
    store.getState().apply(addStream, { name: 'B' });
    store.getState().saved(8, saving);
    expect(journal.read('p')).toMatchObject({ baseRevision: 8 });
    expect(streamNames(journal.read('p'))).toEqual(['Early', 'Late', 'A', 'B']);
    store.getState().saved(9, store.getState().doc!);
    expect(journal.read('p')).toBeNull();
  });

  it('is cleared when undo returns to the saved document (nothing left to recover)', () => {
    const { journal, store } = setup();
    store.getState().apply(renameStream, { stream: 'S1', name: 'Welcome' });
    store.getState().undo();
    expect(journal.read('p')).toBeNull();
  });

  it('opening or closing a program writes nothing and keeps an entry left by a crash', () => {
    const storage = memoryStorage();
    const journal = createJournal(storage);
    const crashed: JournalEntry = {
      programId: 'p',
      baseRevision: 3,
      doc: { ...nurtureA(), simulation: { seed: 5 } },
      at: 1,
      tab: 'gone',
    };
    journal.write(crashed);
    const store = createEditorStore();
    startJournal(store, journal, { tab: 'tab-1' });
    store.getState().open('p', nurtureA(), 3);
    store.getState().open('p', nurtureA(), 4); // another tab's save taken over
    store.getState().close();
    expect(journal.read('p')).toEqual(crashed);
    expect(storage.length).toBe(1);
  });

  it('keeps one entry per program', () => {
    const { journal, store } = setup();
    store.getState().apply(addStream, { name: 'A' });
    store.getState().open('q', nurtureA(), 1);
    store.getState().apply(renameStream, { stream: 'S1', name: 'Q' });
    expect(streamNames(journal.read('p'))).toEqual(['Early', 'Late', 'A']);
    expect(streamNames(journal.read('q'))).toEqual(['Q', 'Late']);
  });

  it('keeps no document over its size limit, and no stale entry in its place', () => {
    const small = JSON.stringify({ doc: nurtureA() }).length + 200;
    const { journal, store, storage } = setup(small);
    store.getState().apply(renameStream, { stream: 'S1', name: 'Welcome' });
    expect(journal.read('p')).not.toBeNull();
    store.getState().apply(renameStream, { stream: 'S1', name: 'W'.repeat(500) });
    expect(journal.read('p')).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('a full storage drops the entry instead of throwing into the edit', () => {
    const storage = memoryStorage();
    const journal = createJournal(storage);
    journal.write({ programId: 'p', baseRevision: 1, doc: nurtureA(), at: 1, tab: 't' });
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createEditorStore();
    startJournal(store, journal, { tab: 't' });
    store.getState().open('p', nurtureA(), 1);
    expect(store.getState().apply(addStream, { name: 'A' }).ok).toBe(true);
    expect(journal.read('p')).toBeNull();
    expect(createJournal(undefined).read('p')).toBeNull(); // no storage at all: nothing kept
  });

  it('an unreadable or invalid entry reads as none and is removed', () => {
    const storage = memoryStorage();
    const journal = createJournal(storage);
    const invalid = { ...nurtureA(), program: { ...nurtureA().program, streams: 'none' } };
    const entries = {
      broken: '{"baseRevision":',
      invalid: JSON.stringify({ baseRevision: 1, doc: invalid, at: 1, tab: 't' }),
      noRevision: JSON.stringify({ doc: nurtureA(), at: 1, tab: 't' }),
    };
    for (const [id, text] of Object.entries(entries)) {
      storage.setItem(JOURNAL_PREFIX + id, text);
      expect(journal.read(id)).toBeNull();
      expect(storage.getItem(JOURNAL_PREFIX + id)).toBeNull();
    }
  });
});

describe('recoveryOf: an entry found when its program opens', () => {
  const entry = (baseRevision: number, seed: number): JournalEntry => ({
    programId: 'p',
    baseRevision,
    doc: { ...nurtureA(), simulation: { seed } },
    at: 1,
    tab: 't',
  });
  const stored = (revision: number, seed = 1) => ({
    revision,
    document: { ...nurtureA(), simulation: { seed } },
  });

  it('replays edits made over the revision still stored', () => {
    expect(recoveryOf(entry(4, 2), stored(4))).toBe('replay');
  });

  it('never applies edits over a program changed since: they are kept aside', () => {
    expect(recoveryOf(entry(4, 2), stored(5))).toBe('keep');
    expect(recoveryOf(entry(6, 2), stored(5))).toBe('keep');
  });

  it('discards an entry the program already holds (saved, then the browser died)', () => {
    const saved = stored(5, 2);
    // As stored, with the keys in another order.
    const reordered = { revision: 5, document: JSON.parse(JSON.stringify(saved.document)) };
    reordered.document = { simulation: reordered.document.simulation, ...reordered.document };
    expect(recoveryOf(entry(4, 2), reordered)).toBe('discard');
    expect(recoveryOf(entry(5, 2), saved)).toBe('discard');
  });
});

describe('journal entries as stored', () => {
  it('are the JSON of the entry, whatever parts the document shares with earlier ones', () => {
    const storage = memoryStorage();
    const journal = createJournal(storage);
    const doc = { ...nurtureA(), ui: { notes: [{ id: 'n1', text: 'a "quoted" note' }] } };
    const entry: JournalEntry = { programId: 'p', baseRevision: 2, doc, at: 5, tab: 't' };
    journal.write(entry);
    journal.write({ ...entry, doc: { ...doc, simulation: { seed: 4 } } });
    const text = storage.getItem(`${JOURNAL_PREFIX}p`)!;
    expect(JSON.parse(text)).toEqual({ ...entry, doc: { ...doc, simulation: { seed: 4 } } });
    expect(journal.read('p')).toEqual({ ...entry, doc: { ...doc, simulation: { seed: 4 } } });
  });
});
