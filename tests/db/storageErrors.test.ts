// Storage failures reach callers as StorageError with the original as `cause`, and a failed
// write leaves nothing half done. Quota errors are simulated by stubbing table methods.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guarded, toStorageError } from '../../src/db/errors';
import { ProgramRepo, REVISION_LIMIT } from '../../src/db/programRepo';
import { StorageError } from '../../src/db/types';
import { closeAll, freshDb, scenario } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
  return closeAll();
});

const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** Not a DOMException: recognised by its name alone, as some browsers' wrappers are. */
const quotaLike = () => Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });

async function caught(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

describe('quota errors from the repo', () => {
  it('createProgram: a failing add becomes quota, nothing stored', async () => {
    const db = freshDb();
    const repo = new ProgramRepo(db);
    const cause = quotaDom();
    vi.spyOn(db.programs, 'add').mockRejectedValue(cause);
    const error = await caught(repo.createProgram(scenario()));
    expect(error.kind).toBe('quota');
    expect(error.cause).toBe(cause);
    vi.restoreAllMocks();
    expect(await repo.listPrograms()).toEqual([]);
  });

  it('saveProgram: a failing transaction becomes quota', async () => {
    const db = freshDb();
    const repo = new ProgramRepo(db);
    const created = await repo.createProgram(scenario());
    vi.spyOn(db, 'transaction').mockImplementation(() => Promise.reject(quotaLike()) as never);
    expect((await caught(repo.saveProgram(created.id, scenario('x'), 1))).kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await repo.getProgram(created.id)).toEqual(created);
  });

  it('renameProgram: a put failing inside the transaction becomes quota, nothing written', async () => {
    const db = freshDb();
    const repo = new ProgramRepo(db);
    const created = await repo.createProgram(scenario('Before'));
    vi.spyOn(db.programs, 'put').mockRejectedValue(quotaLike());
    expect((await caught(repo.renameProgram(created.id, 'After'))).kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await repo.getProgram(created.id)).toEqual(created);
  });

  it('addRevision: a failure after the add rolls the add back', async () => {
    const db = freshDb();
    const repo = new ProgramRepo(db);
    const program = await repo.createProgram(scenario());
    for (let i = 0; i < REVISION_LIMIT; i++) await repo.addRevision(program.id, scenario(`v${i}`));
    vi.spyOn(db.revisions, 'bulkDelete').mockRejectedValue(quotaDom());
    expect((await caught(repo.addRevision(program.id, scenario('too many')))).kind).toBe('quota');
    vi.restoreAllMocks();
    const revisions = await repo.listRevisions(program.id);
    expect(revisions).toHaveLength(REVISION_LIMIT);
    expect(revisions[0]?.document.program.name).toBe(`v${REVISION_LIMIT - 1}`);
  });

  it('setSetting: a failing put becomes quota', async () => {
    const db = freshDb();
    vi.spyOn(db.settings, 'put').mockRejectedValue(quotaDom());
    expect((await caught(new ProgramRepo(db).setSetting('k', 1))).kind).toBe('quota');
  });
});

describe('other failures', () => {
  it('a closed database is reported as blocked', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    const error = await caught(new ProgramRepo(db).listPrograms());
    expect(error.kind).toBe('blocked');
    expect((error.cause as Error).name).toBe('DatabaseClosedError');
  });

  it.each([
    ['VersionError under OpenFailedError', 'newer'],
    ['MissingAPIError under DatabaseClosedError', 'unavailable'],
    ['QuotaExceededError under AbortError', 'quota'],
    ['a storage error with an unknown name', 'unknown'],
  ])('%s -> %s', (label, kind) => {
    const errors: Record<string, Error> = {
      'VersionError under OpenFailedError': new Dexie.OpenFailedError(
        new DOMException('newer', 'VersionError'),
      ),
      'MissingAPIError under DatabaseClosedError': new Dexie.DatabaseClosedError(
        new Dexie.OpenFailedError(new Dexie.MissingAPIError('IndexedDB API missing')),
      ),
      'QuotaExceededError under AbortError': new Dexie.AbortError('aborted', quotaDom()),
      'a storage error with an unknown name': new Dexie.ConstraintError('key exists'),
    };
    const error = toStorageError(errors[label]);
    expect(error.kind).toBe(kind);
    expect(error.cause).toBe(errors[label]);
  });

  it('lets errors that are not storage failures through unchanged', async () => {
    const bug = new TypeError('x is undefined');
    await expect(guarded(() => Promise.reject(bug))).rejects.toBe(bug);
  });
});
