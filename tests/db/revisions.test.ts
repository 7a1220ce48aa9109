// Revision history (newest first, capped at REVISION_LIMIT per program) and settings.
import { afterEach, describe, expect, it } from 'vitest';
import { ProgramRepo, REVISION_LIMIT } from '../../src/db/programRepo';
import { InvalidScenarioError, MissingProgramError } from '../../src/db/types';
import { closeAll, freshDb, invalidScenario, manualClock, scenario } from './helpers';

afterEach(closeAll);

function setup() {
  const clock = manualClock();
  const db = freshDb();
  return { db, clock, repo: new ProgramRepo(db, undefined, clock.now) };
}

describe('revisions', () => {
  it('lists a program’s revisions newest first', async () => {
    const { repo, clock } = setup();
    const a = await repo.createProgram(scenario('A'));
    const b = await repo.createProgram(scenario('B'));
    for (const name of ['A1', 'A2', 'A3']) {
      clock.tick();
      await repo.addRevision(a.id, scenario(name));
    }
    await repo.addRevision(b.id, scenario('B1'));
    const revisions = await repo.listRevisions(a.id);
    expect(revisions.map((r) => r.document.program.name)).toEqual(['A3', 'A2', 'A1']);
    expect(revisions[0]).toMatchObject({ programId: a.id, streamCount: 2 });
    expect(revisions[0]?.id).toBeTypeOf('number');
    expect(revisions[0]?.document.ui).toEqual({ zoom: 1.5, notes: ['keep me'] });
  });

  it('orders revisions saved in the same millisecond by insertion', async () => {
    const { repo } = setup();
    const a = await repo.createProgram(scenario());
    await repo.addRevision(a.id, scenario('first'));
    await repo.addRevision(a.id, scenario('second'));
    const names = (await repo.listRevisions(a.id)).map((r) => r.document.program.name);
    expect(names).toEqual(['second', 'first']);
  });

  it(`keeps at most ${REVISION_LIMIT} per program, dropping the oldest`, async () => {
    const { repo, clock } = setup();
    const a = await repo.createProgram(scenario());
    const other = await repo.createProgram(scenario());
    await repo.addRevision(other.id, scenario('other'));
    for (let i = 1; i <= REVISION_LIMIT + 3; i++) {
      clock.tick();
      await repo.addRevision(a.id, scenario(`v${i}`));
    }
    const revisions = await repo.listRevisions(a.id);
    expect(revisions).toHaveLength(REVISION_LIMIT);
    expect(revisions[0]?.document.program.name).toBe(`v${REVISION_LIMIT + 3}`);
    expect(revisions.at(-1)?.document.program.name).toBe('v4');
    expect(await repo.listRevisions(other.id)).toHaveLength(1);
  });

  it(`drops nothing at exactly ${REVISION_LIMIT}, the oldest only at ${REVISION_LIMIT + 1}`, async () => {
    const { repo, clock } = setup();
    const a = await repo.createProgram(scenario());
    for (let i = 1; i <= REVISION_LIMIT; i++) {
      clock.tick();
      await repo.addRevision(a.id, scenario(`v${i}`));
    }
    const names = async () => (await repo.listRevisions(a.id)).map((r) => r.document.program.name);
    expect(await names()).toHaveLength(REVISION_LIMIT);
    expect((await names()).at(-1)).toBe('v1');
    clock.tick();
    await repo.addRevision(a.id, scenario('one more'));
    expect(await names()).toHaveLength(REVISION_LIMIT);
    expect((await names()).slice(0, 1)).toEqual(['one more']);
    expect((await names()).at(-1)).toBe('v2');
  });

  it('refuses invalid documents and unknown programs', async () => {
    const { repo, db } = setup();
    const a = await repo.createProgram(scenario());
    await expect(repo.addRevision(a.id, invalidScenario())).rejects.toBeInstanceOf(
      InvalidScenarioError,
    );
    await expect(repo.addRevision('nope', scenario())).rejects.toBeInstanceOf(MissingProgramError);
    expect(await db.revisions.count()).toBe(0);
  });
});

describe('settings', () => {
  it('stores and reads values by key', async () => {
    const { repo } = setup();
    expect(await repo.getSetting('language')).toBeUndefined();
    await repo.setSetting('language', 'de');
    await repo.setSetting('panels', { inspector: true, width: 320 });
    await repo.setSetting('language', 'fr');
    expect(await repo.getSetting<string>('language')).toBe('fr');
    expect(await repo.getSetting('panels')).toEqual({ inspector: true, width: 320 });
  });
});
