// Importing into the library (ProgramRepo.importProgram): a name already in the library becomes
// "Name (2)", "Name (3)"...; a file storage refuses (full, or nested too deeply to copy into
// IndexedDB) stores nothing and leaves every program already stored as it was.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freeName } from '../../src/db/freeName';
import { ProgramRepo } from '../../src/db/programRepo';
import { StorageError } from '../../src/db/types';
import type { Scenario } from '../../src/model';
import { closeAll, freshDb, scenario } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
  return closeAll();
});

function setup() {
  const db = freshDb();
  return { db, repo: new ProgramRepo(db) };
}

/** What the library holds: every live program with its whole record, sorted by name. */
async function contents(repo: ProgramRepo) {
  const programs = await repo.listPrograms();
  const records = await Promise.all(programs.map((p) => repo.getProgram(p.id)));
  return records.sort((a, b) => a!.name.localeCompare(b!.name));
}

describe('freeName', () => {
  it('keeps a free name and numbers a taken one from 2, counting on from a number it has', () => {
    expect(freeName('Welcome', ['Nurture'])).toBe('Welcome');
    expect(freeName('Welcome', ['Welcome'])).toBe('Welcome (2)');
    expect(freeName('Welcome', ['Welcome', 'Welcome (2)', 'Welcome (4)'])).toBe('Welcome (3)');
    expect(freeName('Welcome (2)', ['Welcome', 'Welcome (2)'])).toBe('Welcome (3)');
    expect(freeName('Welcome (2)', ['Welcome'])).toBe('Welcome (2)');
    expect(freeName('welcome', ['Welcome'])).toBe('welcome (2)');
  });
});

describe('ProgramRepo.importProgram', () => {
  it('names a program "Name (2)", then "Name (3)", when its name is in the library', async () => {
    const { repo } = setup();
    const first = await repo.importProgram(scenario('Welcome'));
    const second = await repo.importProgram(scenario('Welcome'));
    const third = await repo.importProgram(scenario('Welcome'));
    expect([first.name, second.name, third.name]).toEqual([
      'Welcome',
      'Welcome (2)',
      'Welcome (3)',
    ]);
    // The document carries the new name, so an export of it says the same.
    expect(third.document.program.name).toBe('Welcome (3)');
    expect((await repo.getProgram(third.id))?.document.ui).toEqual(scenario().ui);
    expect(first.document).toEqual(scenario('Welcome'));
  });

  it('counts only programs in the library: a deleted one frees its name', async () => {
    const { repo } = setup();
    const old = await repo.createProgram(scenario('Welcome'));
    await repo.deleteProgram(old.id);
    expect((await repo.importProgram(scenario('Welcome'))).name).toBe('Welcome');
  });

  it('names a program without a name by its id, and numbers that', async () => {
    const { repo } = setup();
    const unnamed = scenario();
    delete unnamed.program.name;
    await repo.createProgram(unnamed);
    const imported = await repo.importProgram(unnamed);
    expect(imported.name).toBe('nurture-a (2)');
    expect(imported.document.program).toMatchObject({ id: 'nurture-a', name: 'nurture-a (2)' });
  });

  it('stores nothing and changes nothing when storage is full', async () => {
    const { db, repo } = setup();
    await repo.createProgram(scenario('Welcome'));
    await repo.createProgram(scenario('Nurture'));
    const before = await contents(repo);
    vi.spyOn(db.programs, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const error = await repo.importProgram(scenario('Welcome')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await contents(repo)).toEqual(before);
  });

  it('stores nothing and changes nothing for notes nested 100,000 deep', async () => {
    const { repo } = setup();
    await repo.createProgram(scenario('Welcome'));
    const before = await contents(repo);
    let notes: unknown = 'the bottom';
    for (let i = 0; i < 100_000; i++) notes = { notes };
    const deep = { ...scenario('Welcome'), notes } as Scenario;
    await expect(repo.importProgram(deep)).rejects.toThrow();
    expect(await contents(repo)).toEqual(before);
  });
});
