// Seed-old-open-new upgrade tests (lobe-chat style): a raw Dexie creates the database at an old
// schema and writes rows as that version did; opening LanecastDB must migrate them.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgramRepo } from '../../src/db/programRepo';
import {
  dbSchemaV1,
  dbSchemaV2,
  dbSchemaV3,
  dbSchemaV4,
  LATEST_VERSION,
} from '../../src/db/schema';
import { closeAll, freshDb, freshName, scenario, track } from './helpers';

afterEach(closeAll);

/** A program row as version 1 wrote it: no revision, no deletedAt. */
function v1Row(id: string, name: string, updatedAt: number) {
  return {
    id,
    name,
    document: scenario(name),
    streamCount: 2,
    createdAt: updatedAt - 1000,
    updatedAt,
  };
}

describe('database versions', () => {
  it('opens a new database at the latest version with every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(dbSchemaV4).sort());
  });

  it('upgradeToV2: old rows become live at revision 1 and stay readable', async () => {
    const name = freshName('v1');
    const old = track(new Dexie(name));
    old.version(1).stores(dbSchemaV1);
    await old.table('programs').bulkAdd([v1Row('p1', 'First', 2000), v1Row('p2', 'Second', 3000)]);
    old.close();

    const db = freshDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const rows = await db.programs.orderBy('id').toArray();
    expect(rows).toEqual([
      { ...v1Row('p1', 'First', 2000), revision: 1, deletedAt: null, variantOf: null },
      { ...v1Row('p2', 'Second', 3000), revision: 1, deletedAt: null, variantOf: null },
    ]);
    expect(rows[0]?.document.ui).toEqual({ zoom: 1.5, notes: ['keep me'] });
    expect(await db.revisions.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);

    const repo = new ProgramRepo(db);
    expect((await repo.listPrograms()).map((p) => p.id)).toEqual(['p2', 'p1']);
    const saved = await repo.saveProgram('p1', scenario('First, edited'), 1);
    expect(saved).toMatchObject({ ok: true, record: { revision: 2 } });
    await repo.deleteProgram('p2');
    // The deletedAt index added in V2 works on migrated rows.
    expect(await db.programs.where('deletedAt').above(0).primaryKeys()).toEqual(['p2']);
  });

  it('upgradeToV2 on an empty V1 database', async () => {
    const name = freshName('v1-empty');
    const old = track(new Dexie(name));
    old.version(1).stores(dbSchemaV1);
    await old.open();
    old.close();
    const db = freshDb(name);
    expect(await new ProgramRepo(db).listPrograms()).toEqual([]);
    expect(db.verno).toBe(LATEST_VERSION);
  });

  it('V2 to the latest version adds the bookmarks table and loses no program, revision or setting', async () => {
    const name = freshName('v2');
    const old = track(new Dexie(name));
    old.version(2).stores(dbSchemaV2);
    const programs = [
      { ...v1Row('p1', 'First', 2000), revision: 3, deletedAt: null },
      { ...v1Row('p2', 'Gone', 3000), revision: 1, deletedAt: 2500 },
    ];
    await old.table('programs').bulkAdd(programs);
    await old
      .table('revisions')
      .add({ programId: 'p1', savedAt: 1500, document: scenario('First'), streamCount: 2 });
    await old.table('settings').put({ key: 'language', value: 'de' });
    old.close();

    const db = freshDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.programs.orderBy('id').toArray()).toEqual(
      programs.map((row) => ({ ...row, variantOf: null })),
    );
    expect(await db.revisions.count()).toBe(1);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'de' });
    const repo = new ProgramRepo(db);
    expect((await repo.listPrograms()).map((p) => p.id)).toEqual(['p1']);
    const mark = await repo.addBookmark({
      programId: 'p1',
      cursorDay: 20160,
      person: 'ann',
      view: 'journey',
    });
    expect(await repo.listBookmarks('p1')).toEqual([mark]);
  });

  it('upgradeToV4: every row, history, setting and bookmark is kept; programs become originals', async () => {
    const name = freshName('v3');
    const old = track(new Dexie(name));
    old.version(1).stores(dbSchemaV1);
    old.version(2).stores(dbSchemaV2);
    old.version(3).stores(dbSchemaV3);
    const bookmark = {
      id: 'b1',
      programId: 'p1',
      cursorDay: 20160,
      person: null,
      view: 'calendar',
    };
    const live = { ...v1Row('p1', 'First', 2000), revision: 4, deletedAt: null };
    const deleted = { ...v1Row('p2', 'Gone', 3000), revision: 2, deletedAt: 3500 };
    const revision = {
      programId: 'p1',
      savedAt: 1500,
      document: scenario('First'),
      streamCount: 2,
    };
    await old.table('programs').bulkAdd([live, deleted]);
    await old.table('revisions').add(revision);
    await old.table('settings').add({ key: 'language', value: 'de' });
    await old.table('bookmarks').add(bookmark);
    old.close();

    const db = freshDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.bookmarks.toArray()).toEqual([bookmark]);
    expect(await db.programs.orderBy('id').toArray()).toEqual([
      { ...live, variantOf: null },
      { ...deleted, variantOf: null },
    ]);
    expect(await db.revisions.toArray()).toEqual([{ ...revision, id: 1 }]);
    expect(await db.settings.toArray()).toEqual([{ key: 'language', value: 'de' }]);

    // The variantOf index added in V4 works on migrated rows.
    const repo = new ProgramRepo(db);
    const variant = await repo.createVariant('p1', (n) => `First (variant ${n})`);
    expect(await db.programs.where('variantOf').equals('p1').primaryKeys()).toEqual([variant.id]);
    expect((await repo.listVariants('p1')).map((p) => p.id)).toEqual(['p1', variant.id]);
  });
});
