// A database a newer Lanecast wrote (a higher Dexie version): this version refuses it with a
// VersionError, reported as its own kind of storage error, and changes nothing in it.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgramRepo } from '../../src/db/programRepo';
import { dbSchemaV2, LATEST_VERSION } from '../../src/db/schema';
import { StorageError } from '../../src/db/types';
import { errorMessage } from '../../src/ui/errorMessage';
import { tFor } from '../preview/i18nFor';
import { closeAll, freshDb, freshName, scenario, track } from './helpers';

afterEach(closeAll);

const NEWER = LATEST_VERSION + 1;

/** A database as Lanecast version NEWER left it, with one program row. */
async function newerDatabase() {
  const name = freshName('newer');
  const newer = track(new Dexie(name));
  newer.version(NEWER).stores({ ...dbSchemaV2, tags: '++id' });
  const row = { id: 'p1', name: 'Kept', document: scenario('Kept'), revision: 4, deletedAt: null };
  await newer.table('programs').add({ ...row, createdAt: 1, updatedAt: 2 });
  newer.close();
  return name;
}

async function failure(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

describe('a database from a newer Lanecast', () => {
  it('every read and write fails as "newer", not as a failed save', async () => {
    const name = await newerDatabase();
    const repo = new ProgramRepo(freshDb(name));
    const errors = [
      await failure(repo.listPrograms()),
      await failure(repo.getProgram('p1')),
      await failure(repo.saveProgram('p1', scenario('Overwritten'), 4)),
      await failure(repo.createProgram(scenario('New'))),
    ];
    expect(errors.map((e) => e.kind)).toEqual(['newer', 'newer', 'newer', 'newer']);
  });

  it('is left as it was: same version, same rows', async () => {
    const name = await newerDatabase();
    const repo = new ProgramRepo(freshDb(name));
    await failure(repo.saveProgram('p1', scenario('Overwritten'), 4));
    await failure(repo.addRevision('p1', scenario('Version')));
    const reader = track(new Dexie(name));
    await reader.open(); // no version given: opens whatever is on disk
    expect(reader.verno).toBe(NEWER);
    const rows = await reader.table('programs').toArray();
    expect(rows.map((r) => [r.name, r.revision])).toEqual([['Kept', 4]]);
    expect(await reader.table('revisions').count()).toBe(0);
  });

  it('says so in every language, naming the cause and what to do', async () => {
    const repo = new ProgramRepo(freshDb(await newerDatabase()));
    const error = await failure(repo.listPrograms());
    const messages = (['en', 'de', 'fr'] as const).map((language) =>
      errorMessage(tFor(language), error),
    );
    expect(messages[0]).toMatch(/newer version of Lanecast.*Reload/);
    expect(messages[1]).toMatch(/neueren Lanecast-Version.*neu/);
    expect(messages[2]).toMatch(/version plus récente de Lanecast.*Rechargez/);
    for (const message of messages)
      expect(message).not.toMatch(/not saved|nicht gespeichert|pas été/);
  });

  it('is not patched either, when it lacks an index this version expects', async () => {
    const name = freshName('newer-without-index');
    const newer = track(new Dexie(name));
    newer.version(NEWER).stores({ ...dbSchemaV2, revisions: '++id' });
    await newer.open();
    newer.close();
    const error = await failure(new ProgramRepo(freshDb(name)).listPrograms());
    expect(error.kind).toBe('newer');
    const reader = track(new Dexie(name));
    await reader.open();
    expect(reader.verno).toBe(NEWER);
    expect(reader.table('revisions').schema.indexes).toEqual([]);
  });

  it('a database at this version, or one Dexie patched in place, still opens', async () => {
    const db = freshDb();
    const repo = new ProgramRepo(db);
    await repo.createProgram(scenario());
    expect(await repo.listPrograms()).toHaveLength(1);
    // Dexie adds 1 to the native version when it patches a schema (v2 -> native 21).
    const name = freshName('patched');
    const raw = indexedDB.open(name, LATEST_VERSION * 10 + 1);
    await new Promise((resolve) => {
      raw.onupgradeneeded = () => {
        raw.result
          .createObjectStore('programs', { keyPath: 'id' })
          .createIndex('updatedAt', 'updatedAt');
      };
      raw.onsuccess = () => resolve(raw.result.close());
    });
    expect(await new ProgramRepo(freshDb(name)).listPrograms()).toEqual([]);
  });
});
