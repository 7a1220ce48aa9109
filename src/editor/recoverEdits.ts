/**
 * Recovering the edits a crash left in the journal, when a program is opened: replayed over the
 * stored program when nothing was saved since they were made, or, when the program was changed
 * elsewhere since, kept as a version in the history (never applied over the other change).
 */
import type { ProgramRecord } from '../db/types';
import type { Scenario } from '../model';
import { recoveryOf, type Journal } from '../store/journal';

export type Recovered =
  { kind: 'replay'; doc: Scenario; at: number } | { kind: 'kept'; at: number };

export interface RecoverDeps {
  journal: Journal;
  addRevision(programId: string, doc: Scenario): Promise<unknown>;
  /** This tab's id, and whether another tab still lives (and so still owns its entry). */
  tab: string;
  isTabAlive(tab: string): Promise<boolean>;
}

/** What the journal holds for `record`, acted on; null when there is nothing to recover. */
export async function recoverEdits(
  record: ProgramRecord,
  { journal, addRevision, tab, isTabAlive }: RecoverDeps,
): Promise<Recovered | null> {
  const entry = journal.read(record.id);
  if (entry === null) return null;
  // Another tab's unsaved work in progress: that tab will save it.
  if (entry.tab !== tab && (await isTabAlive(entry.tab))) return null;
  switch (recoveryOf(entry, record)) {
    case 'discard':
      journal.clear(record.id);
      return null;
    case 'replay':
      return { kind: 'replay', doc: entry.doc, at: entry.at };
    case 'keep':
      try {
        await addRevision(record.id, entry.doc);
      } catch (error) {
        console.warn('lanecast: could not keep the recovered changes as a version', error);
        return null; // the entry stays for the next time the program is opened
      }
      journal.clear(record.id);
      return { kind: 'kept', at: entry.at };
  }
}
