/**
 * What the version history needs from storage, as a narrow port (like the autosave's repository):
 * the editor page wires it to IndexedDB, tests to whatever they like, and the panel never reaches
 * the database itself.
 */
import type { QueryKey } from '@tanstack/react-query';
import type { Scenario } from '../../model';

/** A stored version of a program. */
export interface Revision {
  id?: number;
  /** Epoch milliseconds. */
  savedAt: number;
  document: Scenario;
  streamCount: number;
}

export interface HistoryPort {
  /** How many versions are kept per program (the oldest go). */
  readonly limit: number;
  /** The program's versions, newest first. */
  listRevisions(programId: string): Promise<Revision[]>;
  /** Stores `document` as a version of the program. */
  saveVersion(programId: string, document: Scenario): Promise<unknown>;
  /** The query key the list is cached under; invalidating it refreshes the list. */
  revisionsKey(programId: string): QueryKey;
}
