// What opening a program does with a crash journal entry: replay it, keep it as a version, drop
// it, or leave it to the tab that is still working on it.
import { describe, expect, it } from 'vitest';
import type { ProgramRecord } from '../../src/db/types';
import { recoverEdits, type RecoverDeps } from '../../src/editor/recoverEdits';
import type { Scenario } from '../../src/model';
import { createJournal, type JournalEntry } from '../../src/store/journal';
import { nurtureA } from '../fixtures/builders';
import { memoryStorage } from '../fixtures/memoryStorage';

const withSeed = (seed: number): Scenario => ({ ...nurtureA(), simulation: { seed } });

function record(revision: number, document = withSeed(1)): ProgramRecord {
  return {
    id: 'p',
    name: 'Nurture-A',
    document,
    streamCount: 2,
    createdAt: 0,
    updatedAt: 0,
    revision,
    deletedAt: null,
    variantOf: null,
  };
}

function setup(entry: Partial<JournalEntry> | null, { alive = false, failVersion = false } = {}) {
  const journal = createJournal(memoryStorage());
  if (entry)
    journal.write({
      programId: 'p',
      baseRevision: 3,
      doc: withSeed(2),
      at: 99,
      tab: 'old',
      ...entry,
    });
  const versions: Scenario[] = [];
  const deps: RecoverDeps = {
    journal,
    tab: 'this',
    isTabAlive: async (tab) => alive && tab === 'old',
    addRevision: async (_id, doc) => {
      if (failVersion) throw new Error('quota');
      versions.push(doc);
    },
  };
  return { journal, versions, deps };
}

describe('recoverEdits', () => {
  it('nothing in the journal: nothing to recover', async () => {
    const { deps } = setup(null);
    expect(await recoverEdits(record(3), deps)).toBeNull();
  });

  it('replays edits made over the stored revision (the journal stays until they are saved)', async () => {
    const { deps, journal, versions } = setup({});
    expect(await recoverEdits(record(3), deps)).toEqual({
      kind: 'replay',
      doc: withSeed(2),
      at: 99,
    });
    expect(journal.read('p')).not.toBeNull();
    expect(versions).toEqual([]);
  });

  it('the program changed since: keeps the edits as a version, applies nothing', async () => {
    const { deps, journal, versions } = setup({});
    expect(await recoverEdits(record(4, withSeed(7)), deps)).toEqual({ kind: 'kept', at: 99 });
    expect(versions).toEqual([withSeed(2)]);
    expect(journal.read('p')).toBeNull();
  });

  it('the edits were saved before the crash: drops the entry quietly', async () => {
    const { deps, journal, versions } = setup({});
    expect(await recoverEdits(record(4, withSeed(2)), deps)).toBeNull();
    expect(journal.read('p')).toBeNull();
    expect(versions).toEqual([]);
  });

  it('leaves alone the entry of a tab that is still open (its own autosave will save it)', async () => {
    const { deps, journal } = setup({}, { alive: true });
    expect(await recoverEdits(record(3), deps)).toBeNull();
    expect(await recoverEdits(record(4, withSeed(7)), deps)).toBeNull();
    expect(journal.read('p')).not.toBeNull();
  });

  it('this tab’s own entry (a save that failed earlier) is recovered', async () => {
    const { deps } = setup({ tab: 'this' }, { alive: true });
    expect(await recoverEdits(record(3), deps)).toMatchObject({ kind: 'replay' });
  });

  it('if the version cannot be stored, the entry stays for the next time', async () => {
    const { deps, journal } = setup({}, { failVersion: true });
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(await recoverEdits(record(4, withSeed(7)), deps)).toBeNull();
    } finally {
      console.warn = warn;
    }
    expect(journal.read('p')).not.toBeNull();
  });
});
