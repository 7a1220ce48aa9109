// Bookmarks (saved preview moments) per program: listed oldest first, renamed (blank: back to the
// worded default), deleted; a deleted program keeps them until it is purged, then they go with it.
import { afterEach, describe, expect, it } from 'vitest';
import { ProgramRepo } from '../../src/db/programRepo';
import { closeAll, freshDb, manualClock, scenario } from './helpers';

afterEach(closeAll);

function setup() {
  const clock = manualClock();
  const repo = new ProgramRepo(freshDb(), undefined, clock.now);
  return { clock, repo };
}

const moment = (programId: string, cursorDay: number, person: string | null = null) => ({
  programId,
  cursorDay,
  person,
  view: 'calendar',
});

describe('bookmarks', () => {
  it('lists a program’s bookmarks oldest first, and only its own', async () => {
    const { clock, repo } = setup();
    const a = await repo.createProgram(scenario('A'));
    const b = await repo.createProgram(scenario('B'));
    const first = await repo.addBookmark(moment(a.id, 20160, 'ann'));
    clock.tick(10);
    const second = await repo.addBookmark(moment(a.id, 20170));
    await repo.addBookmark(moment(b.id, 20180));
    expect(await repo.listBookmarks(a.id)).toEqual([first, second]);
    expect(first).toMatchObject({ name: null, cursorDay: 20160, person: 'ann', view: 'calendar' });
  });

  it('renames a bookmark, a blank name goes back to none, and deletes one', async () => {
    const { repo } = setup();
    const p = await repo.createProgram(scenario());
    const mark = await repo.addBookmark(moment(p.id, 20160));
    await repo.renameBookmark(mark.id, '  Before the move ');
    expect((await repo.listBookmarks(p.id))[0]?.name).toBe('Before the move');
    await repo.renameBookmark(mark.id, '   ');
    expect((await repo.listBookmarks(p.id))[0]?.name).toBeNull();
    await repo.deleteBookmark(mark.id);
    expect(await repo.listBookmarks(p.id)).toEqual([]);
  });

  it('a deleted program keeps its bookmarks for undo; purged, it takes them along', async () => {
    const { clock, repo } = setup();
    const gone = await repo.createProgram(scenario('Gone'));
    const kept = await repo.createProgram(scenario('Kept'));
    await repo.addBookmark(moment(gone.id, 20160));
    const other = await repo.addBookmark(moment(kept.id, 20160));
    await repo.deleteProgram(gone.id);
    expect(await repo.listBookmarks(gone.id)).toHaveLength(1);
    clock.tick(1000);
    expect(await repo.purgeDeleted(0)).toBe(1);
    expect(await repo.listBookmarks(gone.id)).toEqual([]);
    expect(await repo.listBookmarks(kept.id)).toEqual([other]);
  });
});
