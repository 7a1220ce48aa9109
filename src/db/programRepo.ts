// The program library's repository: every read and write of programs, their revision history
// and settings. Documents are validated before they are stored, each write is one transaction,
// storage failures surface as StorageError, and other tabs hear about committed writes.
import type { Scenario } from '../model';
import type { ChangeChannel, DbChangeInput } from './changes';
import type { LanecastDB } from './db';
import { guarded } from './errors';
import { freeName } from './freeName';
import { mirrored, newProgramRecord, toSummary, validScenario, withProgramName } from './records';
import * as bookmarks from './bookmarks';
import { appendRevision, revisionsOf } from './revisions';
import {
  type BookmarkRecord,
  MissingProgramError,
  type ProgramRecord,
  type ProgramSummary,
  type RevisionRecord,
  type SaveResult,
} from './types';

export { REVISION_LIMIT } from './revisions';

const isLive = (record: ProgramRecord | undefined): record is ProgramRecord =>
  record !== undefined && record.deletedAt === null;

export class ProgramRepo {
  constructor(
    private readonly db: LanecastDB,
    private readonly channel?: ChangeChannel,
    private readonly now: () => number = Date.now,
  ) {}

  /** Live programs, most recently updated first. */
  listPrograms(): Promise<ProgramSummary[]> {
    // deletedAt is null for live rows and IndexedDB cannot index null, so filter instead.
    return guarded(async () => {
      const records = await this.db.programs
        .orderBy('updatedAt')
        .reverse()
        .filter(isLive)
        .toArray();
      return records.map(toSummary);
    });
  }

  getProgram(id: string): Promise<ProgramRecord | undefined> {
    return guarded(async () => {
      const record = await this.db.programs.get(id);
      return isLive(record) ? record : undefined;
    });
  }

  /** Throws InvalidScenarioError (with the problems) if the document is not valid. */
  async createProgram(document: Scenario): Promise<ProgramRecord> {
    const record = newProgramRecord(validScenario(document), this.now());
    await guarded(() => this.db.programs.add(record));
    this.publish({ kind: 'program-saved', id: record.id, revision: record.revision });
    return record;
  }

  /**
   * Stores an imported document as a new program. If a program already has its name, it is
   * renamed "Name (2)", "Name (3)"... (freeName.ts): the names are read in the same transaction,
   * so files imported one after another, or in two tabs at once, never share a name. A failure
   * stores nothing.
   */
  async importProgram(document: Scenario): Promise<ProgramRecord> {
    const valid = validScenario(document);
    const record = await guarded(() =>
      this.db.transaction('rw', this.db.programs, async () => {
        const taken: string[] = [];
        await this.db.programs.filter(isLive).each((program) => void taken.push(program.name));
        const { name } = mirrored(valid);
        const free = freeName(name, taken);
        const named = free === name ? valid : withProgramName(valid, free);
        const created = newProgramRecord(named, this.now());
        await this.db.programs.add(created);
        return created;
      }),
    );
    this.publishSaved(record);
    return record;
  }

  /** Saves over `expectedRevision`; 'conflict' (nothing written) if another tab saved since. */
  async saveProgram(id: string, document: Scenario, expectedRevision: number): Promise<SaveResult> {
    const valid = validScenario(document);
    const result = await guarded(() =>
      this.db.transaction('rw', this.db.programs, async (): Promise<SaveResult> => {
        const current = await this.db.programs.get(id);
        if (!isLive(current)) return { ok: false, reason: 'missing' };
        if (current.revision !== expectedRevision)
          return { ok: false, reason: 'conflict', current };
        const record = this.nextRevision(current, valid);
        await this.db.programs.put(record);
        return { ok: true, record };
      }),
    );
    if (result.ok) this.publishSaved(result.record);
    return result;
  }

  /** Renames the program and its document (`program.name`); a new revision. */
  async renameProgram(id: string, name: string): Promise<ProgramRecord> {
    const record = await this.updateLive(id, (current) =>
      this.nextRevision(current, withProgramName(current.document, name)),
    );
    this.publishSaved(record);
    return record;
  }

  /** A new program (new id, revision 1) with the same document, named `copyName`. */
  async duplicateProgram(id: string, copyName: string): Promise<ProgramRecord> {
    const copy = await guarded(() =>
      this.db.transaction('rw', this.db.programs, async () => {
        const source = await this.db.programs.get(id);
        if (!isLive(source)) throw new MissingProgramError(id);
        const record = newProgramRecord(withProgramName(source.document, copyName), this.now());
        await this.db.programs.add(record);
        return record;
      }),
    );
    this.publishSaved(copy);
    return copy;
  }

  /**
   * A what-if variant of the program: a copy linked to its original (a variant of a variant links
   * to the same original), named `nameFor(n)` with n the first number no live program's name takes
   * (compared without regard to case), read in the same transaction as the write. `document`, when
   * given, is copied instead of the stored one: the editor's, with edits not saved yet.
   */
  async createVariant(
    id: string,
    nameFor: (n: number) => string,
    document?: Scenario,
  ): Promise<ProgramRecord> {
    const copied = document === undefined ? undefined : validScenario(document);
    const variant = await guarded(() =>
      this.db.transaction('rw', this.db.programs, async () => {
        const source = await this.db.programs.get(id);
        if (!isLive(source)) throw new MissingProgramError(id);
        const taken = new Set<string>();
        await this.db.programs
          .filter(isLive)
          .each((program) => void taken.add(program.name.toLowerCase()));
        let n = 1;
        while (taken.has(nameFor(n).toLowerCase())) n++;
        const named = withProgramName(copied ?? source.document, nameFor(n));
        const record = {
          ...newProgramRecord(named, this.now()),
          variantOf: source.variantOf ?? source.id,
        };
        await this.db.programs.add(record);
        return record;
      }),
    );
    this.publishSaved(variant);
    return variant;
  }

  /** The live programs of `id`'s family (its original and every variant of it), oldest first. */
  listVariants(id: string): Promise<ProgramSummary[]> {
    return guarded(async () => {
      const program = await this.db.programs.get(id);
      if (!isLive(program)) return [];
      const root = program.variantOf ?? program.id;
      const [original, variants] = await Promise.all([
        this.db.programs.get(root),
        this.db.programs.where('variantOf').equals(root).toArray(),
      ]);
      return [original, ...variants]
        .filter(isLive)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map(toSummary);
    });
  }

  /** Soft delete: the program leaves the library until restored or purged. */
  async deleteProgram(id: string): Promise<void> {
    const count = await guarded(() =>
      this.db.programs.where('id').equals(id).and(isLive).modify({ deletedAt: this.now() }),
    );
    if (count > 0) this.publish({ kind: 'program-deleted', id });
  }

  /** Undoes deleteProgram (unless purged meanwhile). */
  async restoreProgram(id: string): Promise<void> {
    const restored = await guarded(() =>
      this.db.transaction('rw', this.db.programs, async () => {
        const record = await this.db.programs.get(id);
        if (record === undefined || record.deletedAt === null) return undefined;
        await this.db.programs.update(id, { deletedAt: null });
        return record;
      }),
    );
    if (restored !== undefined) this.publishSaved(restored);
  }

  /** Removes for good programs deleted at least `olderThanMs` ago, their revisions and bookmarks. */
  async purgeDeleted(olderThanMs: number): Promise<number> {
    const cutoff = this.now() - olderThanMs;
    const { programs, revisions, bookmarks } = this.db;
    const purged = await guarded(() =>
      this.db.transaction('rw', [programs, revisions, bookmarks], async () => {
        const ids = await programs.where('deletedAt').belowOrEqual(cutoff).primaryKeys();
        if (ids.length === 0) return 0;
        await revisions.where('programId').anyOf(ids).delete();
        // Kept while the program is only deleted (undo brings them back), gone with it for good.
        await bookmarks.where('programId').anyOf(ids).delete();
        await programs.bulkDelete(ids);
        return ids.length;
      }),
    );
    if (purged > 0) this.publish({ kind: 'library-changed' });
    return purged;
  }

  /** The program's revisions, newest first. */
  listRevisions(programId: string): Promise<RevisionRecord[]> {
    return guarded(() => revisionsOf(this.db, programId).reverse().toArray());
  }

  /** Snapshots a (validated) document; keeps the newest REVISION_LIMIT per program. */
  async addRevision(programId: string, document: Scenario): Promise<RevisionRecord> {
    const valid = validScenario(document);
    const { programs, revisions } = this.db;
    const [program, revision] = await guarded(() =>
      this.db.transaction('rw', programs, revisions, async () => {
        const owner = await programs.get(programId);
        if (!isLive(owner)) throw new MissingProgramError(programId);
        return [owner, await appendRevision(this.db, programId, valid, this.now())] as const;
      }),
    );
    this.publishSaved(program);
    return revision;
  }

  /** The program's bookmarks (saved preview moments), oldest first. */
  listBookmarks(programId: string): Promise<BookmarkRecord[]> {
    return guarded(() => bookmarks.bookmarksOf(this.db, programId));
  }

  addBookmark(moment: bookmarks.NewBookmark): Promise<BookmarkRecord> {
    return guarded(() => bookmarks.addBookmark(this.db, moment, this.now()));
  }

  renameBookmark(id: string, name: string): Promise<void> {
    return guarded(() => bookmarks.renameBookmark(this.db, id, name));
  }

  deleteBookmark(id: string): Promise<void> {
    return guarded(() => bookmarks.deleteBookmark(this.db, id));
  }

  getSetting<T>(key: string): Promise<T | undefined> {
    return guarded(async () => (await this.db.settings.get(key))?.value as T | undefined);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await guarded(() => this.db.settings.put({ key, value }));
  }

  private nextRevision(current: ProgramRecord, document: Scenario): ProgramRecord {
    const updatedAt = Math.max(this.now(), current.updatedAt);
    return {
      ...current,
      ...mirrored(document),
      document,
      updatedAt,
      revision: current.revision + 1,
    };
  }

  private updateLive(id: string, change: (current: ProgramRecord) => ProgramRecord) {
    return guarded(() =>
      this.db.transaction('rw', this.db.programs, async () => {
        const current = await this.db.programs.get(id);
        if (!isLive(current)) throw new MissingProgramError(id);
        const record = change(current);
        await this.db.programs.put(record);
        return record;
      }),
    );
  }

  private publishSaved(record: ProgramRecord): void {
    this.publish({ kind: 'program-saved', id: record.id, revision: record.revision });
  }

  private publish(change: DbChangeInput): void {
    this.channel?.publish(change);
  }
}
