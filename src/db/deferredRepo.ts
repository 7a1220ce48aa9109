/**
 * The program repository as the app holds it: the real one (Dexie, and zod to validate what is
 * stored) loads on the first call that needs it, not with the first page. Until then the
 * library's list comes straight from IndexedDB (quickList.ts) when it can.
 */
import type { ProgramRepo } from './programRepo';
import type { ProgramSummary } from './types';

/** What callers use of a repository: its public methods, all asynchronous. */
export type ProgramRepository = Pick<ProgramRepo, keyof ProgramRepo>;

export class DeferredProgramRepo implements ProgramRepository {
  private repo: Promise<ProgramRepo> | undefined;
  private loaded = false;

  constructor(
    private readonly load: () => Promise<ProgramRepo>,
    /** The list without the repository, or null when only the repository can tell. */
    private readonly quickList: () => Promise<ProgramSummary[] | null>,
  ) {}

  private real(): Promise<ProgramRepo> {
    this.repo ??= this.load().then(
      (repo) => {
        this.loaded = true;
        return repo;
      },
      (error: unknown) => {
        this.repo = undefined; // a failed download may succeed later
        throw error;
      },
    );
    return this.repo;
  }

  async listPrograms() {
    if (!this.loaded) {
      const quick = await this.quickList();
      if (quick !== null) return quick;
    }
    return (await this.real()).listPrograms();
  }

  getProgram: ProgramRepo['getProgram'] = async (id) => (await this.real()).getProgram(id);
  createProgram: ProgramRepo['createProgram'] = async (document) =>
    (await this.real()).createProgram(document);
  importProgram: ProgramRepo['importProgram'] = async (document) =>
    (await this.real()).importProgram(document);
  saveProgram: ProgramRepo['saveProgram'] = async (id, document, expectedRevision) =>
    (await this.real()).saveProgram(id, document, expectedRevision);
  renameProgram: ProgramRepo['renameProgram'] = async (id, name) =>
    (await this.real()).renameProgram(id, name);
  duplicateProgram: ProgramRepo['duplicateProgram'] = async (id, copyName) =>
    (await this.real()).duplicateProgram(id, copyName);
  createVariant: ProgramRepo['createVariant'] = async (id, nameFor, document) =>
    (await this.real()).createVariant(id, nameFor, document);
  listVariants: ProgramRepo['listVariants'] = async (id) => (await this.real()).listVariants(id);
  deleteProgram: ProgramRepo['deleteProgram'] = async (id) => (await this.real()).deleteProgram(id);
  restoreProgram: ProgramRepo['restoreProgram'] = async (id) =>
    (await this.real()).restoreProgram(id);
  purgeDeleted: ProgramRepo['purgeDeleted'] = async (olderThanMs) =>
    (await this.real()).purgeDeleted(olderThanMs);
  listRevisions: ProgramRepo['listRevisions'] = async (programId) =>
    (await this.real()).listRevisions(programId);
  addRevision: ProgramRepo['addRevision'] = async (programId, document) =>
    (await this.real()).addRevision(programId, document);
  listBookmarks: ProgramRepo['listBookmarks'] = async (programId) =>
    (await this.real()).listBookmarks(programId);
  addBookmark: ProgramRepo['addBookmark'] = async (moment) =>
    (await this.real()).addBookmark(moment);
  renameBookmark: ProgramRepo['renameBookmark'] = async (id, name) =>
    (await this.real()).renameBookmark(id, name);
  deleteBookmark: ProgramRepo['deleteBookmark'] = async (id) =>
    (await this.real()).deleteBookmark(id);
  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.real()).getSetting<T>(key);
  }
  setSetting: ProgramRepo['setSetting'] = async (key, value) =>
    (await this.real()).setSetting(key, value);
}
