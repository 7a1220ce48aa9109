// The library's list read without Dexie (src/db/quickList.ts) gives exactly what the repository
// lists, creates no database, and leaves every database it does not know to the repository.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgramRepo } from '../../src/db/programRepo';
import { readProgramList } from '../../src/db/quickList';
import { dbSchemaV1 } from '../../src/db/schema';
import { closeAll, freshDb, freshName, manualClock, scenario, track } from './helpers';

afterEach(closeAll);

/**
 * Whether the database exists, asked by an open that IndexedDB queues after any pending one on
 * the same name (so it sees what they left), and that itself creates nothing.
 */
const exists = (name: string) =>
  new Promise<boolean>((resolve) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      request.transaction!.abort();
      resolve(false);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve(true);
    };
    request.onerror = (event) => event.preventDefault();
  });

describe('readProgramList', () => {
  it('lists what the repository lists: live programs, the latest edit first', async () => {
    const db = freshDb();
    const clock = manualClock();
    const repo = new ProgramRepo(db, undefined, clock.now);
    const a = await repo.createProgram(scenario('Alpha'));
    clock.tick();
    const b = await repo.createProgram(scenario('Beta'));
    clock.tick();
    const gone = await repo.createProgram(scenario('Gone'));
    clock.tick();
    await repo.renameProgram(a.id, 'Alpha renamed');
    await repo.deleteProgram(gone.id);

    const quick = await readProgramList(db.name);
    expect(quick).toEqual(await repo.listPrograms());
    expect(quick!.map((p) => p.name)).toEqual(['Alpha renamed', 'Beta']);
    expect(quick!.map((p) => p.id)).toEqual([a.id, b.id]);
  });

  it('does not hold up the repository: it writes while and after the list is read', async () => {
    const db = freshDb();
    const repo = new ProgramRepo(db);
    await repo.createProgram(scenario('First'));
    const [list] = await Promise.all([
      readProgramList(db.name),
      repo.createProgram(scenario('Second')),
    ]);
    expect(list).not.toBeNull();
    await repo.createProgram(scenario('Third'));
    expect(await repo.listPrograms()).toHaveLength(3);
  });

  it('finds no programs where there is no database, and creates none', async () => {
    const name = freshName('absent');
    expect(await readProgramList(name)).toEqual([]);
    expect(await exists(name)).toBe(false);
    // The repository then creates it as usual.
    const repo = new ProgramRepo(freshDb(name));
    await repo.createProgram(scenario('Created later'));
    expect((await readProgramList(name))!.map((p) => p.name)).toEqual(['Created later']);
  });

  it('leaves an older database to the repository, which upgrades it', async () => {
    const name = freshName('v1');
    const old = track(new Dexie(name));
    old.version(1).stores(dbSchemaV1);
    await old.table('programs').add({
      id: 'p1',
      name: 'Old',
      document: scenario('Old'),
      streamCount: 2,
      createdAt: 1,
      updatedAt: 2,
    });
    old.close();
    expect(await readProgramList(name)).toBeNull();
    expect((await new ProgramRepo(freshDb(name)).listPrograms()).map((p) => p.name)).toEqual([
      'Old',
    ]);
  });

  it('leaves a database of a newer Lanecast to the repository (which reports it)', async () => {
    const name = freshName('newer');
    const newer = track(new Dexie(name));
    newer.version(9).stores({ programs: 'id, updatedAt, deletedAt' });
    await newer.open();
    newer.close();
    expect(await readProgramList(name)).toBeNull();
  });

  it('answers null without IndexedDB', async () => {
    expect(await readProgramList('any', null)).toBeNull();
  });
});
