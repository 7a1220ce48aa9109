// The shapes stored in IndexedDB and returned by the repository, plus the errors it throws.
// Components and stores code against these types only; Dexie stays behind ProgramRepo.
// From its own file, not the model's index: this file loads with the first page, the schemas do not.
import { formatProblem, type Problem } from '../model/problems';
import type { Scenario } from '../model';

/** One program of the library: a whole scenario document and the bookkeeping around it. */
export interface ProgramRecord {
  /** Local id, `crypto.randomUUID()`; unrelated to `document.program.id`. */
  id: string;
  /** Mirrors `document.program.name ?? document.program.id ?? ''`, so the list needs no parsing. */
  name: string;
  /** The whole scenario document, unknown keys (such as "ui") included. */
  document: Scenario;
  /** `document.program.streams.length`. */
  streamCount: number;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  /** +1 on every successful write of the document; a stale revision means another tab saved. */
  revision: number;
  /** Soft delete (undoable); null while the program is live. */
  deletedAt: number | null;
  /** A what-if variant: the id of the program it was made from (its original); null otherwise. */
  variantOf: string | null;
}

export type ProgramSummary = Pick<
  ProgramRecord,
  'id' | 'name' | 'streamCount' | 'updatedAt' | 'revision' | 'variantOf'
>;

/** A snapshot of a program's document, kept for "restore an earlier version". */
export interface RevisionRecord {
  id?: number;
  programId: string;
  savedAt: number;
  document: Scenario;
  streamCount: number;
}

/**
 * A saved moment of a program's preview: the date cursor, the person whose journey is open and
 * the view (tab) shown. `name` is null until the user names it (the list then words the moment).
 */
export interface BookmarkRecord {
  /** `crypto.randomUUID()`. */
  id: string;
  programId: string;
  name: string | null;
  /** A day number in the program zone, as the preview's cursor holds it; null: the first cast. */
  cursorDay: number | null;
  person: string | null;
  view: string;
  /** Epoch milliseconds; the list is oldest first. */
  createdAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type SaveResult =
  | { ok: true; record: ProgramRecord }
  | { ok: false; reason: 'conflict'; current: ProgramRecord }
  | { ok: false; reason: 'missing' };

export type StorageErrorKind = 'quota' | 'blocked' | 'newer' | 'unavailable' | 'unknown';

/**
 * A failure of browser storage, translated from Dexie/IndexedDB so the UI can say something
 * useful: 'quota' (disk full), 'blocked' (another tab holds a different database version, or
 * closed it to upgrade), 'newer' (the database was written by a newer Lanecast, which this
 * version must not touch), 'unavailable' (no IndexedDB, e.g. some private modes) or 'unknown'.
 * The original error is kept as `cause`.
 */
export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** A document refused because the schema found problems; nothing was stored. */
export class InvalidScenarioError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Invalid scenario:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'InvalidScenarioError';
  }
}

/** The program does not exist or is deleted (rename and duplicate need a live program). */
export class MissingProgramError extends Error {
  constructor(readonly programId: string) {
    super(`No program ${programId}`);
    this.name = 'MissingProgramError';
  }
}
