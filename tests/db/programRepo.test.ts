// ProgramRepo CRUD: create, list, read, save, rename, duplicate, soft delete, restore, purge,
// and refusal of invalid documents (nothing is stored).
import { afterEach, describe, expect, it } from 'vitest';
import { ProgramRepo } from '../../src/db/programRepo';
import { InvalidScenarioError, MissingProgramError } from '../../src/db/types';
import { closeAll, freshDb, invalidScenario, manualClock, scenario } from './helpers';

afterEach(closeAll);

function setup() {
  const clock = manualClock();
  const db = freshDb();
  return { db, clock, repo: new ProgramRepo(db, undefined, clock.now) };
}

describe('ProgramRepo: create and read', () => {
  it('stores the whole document, unknown keys included, with mirrored fields', async () => {
    const { repo, clock } = setup();
    const created = await repo.createProgram(scenario('Welcome'));
    expect(created).toMatchObject({
      name: 'Welcome',
      streamCount: 2,
      revision: 1,
      deletedAt: null,
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
    const read = await repo.getProgram(created.id);
    expect(read).toEqual(created);
    expect(read?.document.ui).toEqual({ zoom: 1.5, notes: ['keep me'] });
  });

  it('names a program by its id when the document has no name', async () => {
    const { repo } = setup();
    const doc = scenario();
    delete doc.program.name;
    expect((await repo.createProgram(doc)).name).toBe('nurture-a');
  });

  it('lists live programs, most recently updated first', async () => {
    const { repo, clock } = setup();
    const a = await repo.createProgram(scenario('A'));
    clock.tick();
    const b = await repo.createProgram(scenario('B'));
    clock.tick();
    await repo.saveProgram(a.id, scenario('A2'), a.revision);
    const list = await repo.listPrograms();
    expect(list.map((p) => p.name)).toEqual(['A2', 'B']);
    expect(list[1]).toEqual({
      id: b.id,
      name: 'B',
      streamCount: 2,
      updatedAt: b.updatedAt,
      revision: 1,
      variantOf: null,
    });
  });

  it('returns undefined for an unknown id', async () => {
    const { repo } = setup();
    expect(await repo.getProgram('nope')).toBeUndefined();
  });
});

describe('ProgramRepo: validation', () => {
  it('refuses an invalid document on create and stores nothing', async () => {
    const { repo, db } = setup();
    const error = await repo.createProgram(invalidScenario()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidScenarioError);
    expect((error as InvalidScenarioError).problems[0]?.path).toEqual(['program', 'timeZone']);
    expect((error as Error).message).toContain('program.timeZone');
    expect(await db.programs.count()).toBe(0);
  });

  it('refuses an invalid document on save and keeps the stored one', async () => {
    const { repo } = setup();
    const created = await repo.createProgram(scenario());
    await expect(repo.saveProgram(created.id, invalidScenario(), 1)).rejects.toBeInstanceOf(
      InvalidScenarioError,
    );
    expect(await repo.getProgram(created.id)).toEqual(created);
  });
});

describe('ProgramRepo: save, rename, duplicate', () => {
  it('saves with the expected revision and bumps it', async () => {
    const { repo, clock } = setup();
    const created = await repo.createProgram(scenario());
    clock.tick(5);
    const doc = scenario('Renamed in editor');
    doc.program.streams.pop();
    const result = await repo.saveProgram(created.id, doc, 1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record).toMatchObject({ revision: 2, streamCount: 1, name: 'Renamed in editor' });
    expect(result.record.updatedAt).toBe(created.updatedAt + 5);
    expect(result.record.createdAt).toBe(created.createdAt);
    expect(await repo.getProgram(created.id)).toEqual(result.record);
  });

  it('reports a missing or deleted program', async () => {
    const { repo } = setup();
    expect(await repo.saveProgram('nope', scenario(), 1)).toEqual({ ok: false, reason: 'missing' });
    const created = await repo.createProgram(scenario());
    await repo.deleteProgram(created.id);
    expect(await repo.saveProgram(created.id, scenario(), 1)).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('renames the record and the document, as a new revision', async () => {
    const { repo } = setup();
    const created = await repo.createProgram(scenario('Old'));
    const renamed = await repo.renameProgram(created.id, 'New');
    expect(renamed).toMatchObject({ name: 'New', revision: 2 });
    expect(renamed.document.program.name).toBe('New');
    expect(renamed.document.ui).toEqual(created.document.ui);
    await expect(repo.renameProgram('nope', 'x')).rejects.toBeInstanceOf(MissingProgramError);
  });

  it('duplicates under a new id and name, leaving the source alone', async () => {
    const { repo } = setup();
    const source = await repo.createProgram(scenario('Source'));
    await repo.renameProgram(source.id, 'Source v2');
    const copy = await repo.duplicateProgram(source.id, 'Copy of Source');
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({ name: 'Copy of Source', revision: 1, deletedAt: null });
    expect(copy.document.program.name).toBe('Copy of Source');
    expect(copy.document.ui).toEqual(source.document.ui);
    expect((await repo.getProgram(source.id))?.name).toBe('Source v2');
    expect(await repo.listPrograms()).toHaveLength(2);
  });
});

describe('ProgramRepo: soft delete, restore, purge', () => {
  it('hides a deleted program until it is restored', async () => {
    const { repo } = setup();
    const created = await repo.createProgram(scenario());
    await repo.deleteProgram(created.id);
    expect(await repo.getProgram(created.id)).toBeUndefined();
    expect(await repo.listPrograms()).toEqual([]);
    await expect(repo.duplicateProgram(created.id, 'x')).rejects.toBeInstanceOf(
      MissingProgramError,
    );
    await repo.restoreProgram(created.id);
    expect(await repo.getProgram(created.id)).toEqual(created);
  });

  it('purges only programs deleted long enough ago, with their revisions', async () => {
    const { repo, db, clock } = setup();
    const old = await repo.createProgram(scenario('Old'));
    const recent = await repo.createProgram(scenario('Recent'));
    const live = await repo.createProgram(scenario('Live'));
    await repo.addRevision(old.id, old.document);
    await repo.addRevision(live.id, live.document);
    await repo.deleteProgram(old.id);
    clock.tick(10_000);
    await repo.deleteProgram(recent.id);
    clock.tick(1_000);
    expect(await repo.purgeDeleted(5_000)).toBe(1);
    expect(await db.programs.get(old.id)).toBeUndefined();
    expect(await db.revisions.where('programId').equals(old.id).count()).toBe(0);
    await repo.restoreProgram(recent.id);
    expect((await repo.listPrograms()).map((p) => p.name).sort()).toEqual(['Live', 'Recent']);
    expect(await repo.listRevisions(live.id)).toHaveLength(1);
    expect(await repo.purgeDeleted(0)).toBe(0);
  });

  it('purges a program deleted exactly the cutoff ago, and keeps one deleted 1 ms later', async () => {
    const { repo, db, clock } = setup();
    const edge = await repo.createProgram(scenario('At the cutoff'));
    const inside = await repo.createProgram(scenario('Just inside'));
    await repo.addRevision(edge.id, edge.document);
    await repo.addRevision(inside.id, inside.document);
    await repo.deleteProgram(edge.id);
    clock.tick(1);
    await repo.deleteProgram(inside.id);
    clock.tick(4_999); // `edge` was deleted 5,000 ms ago, `inside` 4,999 ms ago
    expect(await repo.purgeDeleted(5_000)).toBe(1);
    expect(await db.programs.get(edge.id)).toBeUndefined();
    expect(await db.revisions.where('programId').equals(edge.id).count()).toBe(0);
    expect(await db.programs.get(inside.id)).toBeDefined();
    expect(await db.revisions.where('programId').equals(inside.id).count()).toBe(1);
    clock.tick(1);
    expect(await repo.purgeDeleted(5_000)).toBe(1);
    expect(await db.programs.count()).toBe(0);
  });
});

describe('drafts with dangling references', () => {
  it('saves a draft whose rule names a stream that was just deleted: the problems panel names it, nothing is lost', async () => {
    const repo = new ProgramRepo(freshDb());
    const created = await repo.createProgram(scenario());
    const draft = scenario();
    draft.program.streams[1]!.transitions = [
      { id: 't', triggers: [{ type: 'streamChanged', to: 'S9' }] },
    ];
    const saved = await repo.saveProgram(created.id, draft, created.revision);
    expect(saved.ok).toBe(true);
    expect(
      (await repo.getProgram(created.id))!.document.program.streams[1]!.transitions![0]!.id,
    ).toBe('t');
  });
});
