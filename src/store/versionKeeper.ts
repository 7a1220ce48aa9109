/**
 * When the version history keeps a version: after `quietMs` without a save (a pause in the work),
 * at least every `everyMs` of continuous editing, and when the editor is left (`keepNow`). Only
 * saved documents become versions, and a document is kept once: opening a program and leaving it
 * unchanged keeps nothing.
 */
import type { Scenario } from '../model';
import { burstTimer, type Timers } from './burstTimer';

export interface VersionKeeperOptions extends Timers {
  /** Quiet time after the last save before it becomes a version. */
  quietMs?: number;
  /** The longest time a saved document waits to become a version while edits go on. */
  everyMs?: number;
  /** Called once a version is stored, so the history list can refresh. */
  onRevision?: (programId: string) => void;
}

export interface VersionKeeper {
  /** A document was saved: it becomes a version when the policy says so. */
  saved(programId: string, doc: Scenario): void;
  /** Keeps the last saved document as a version now, if it is not one yet. */
  keepNow(): Promise<void>;
  stop(): void;
}

export const VERSION_QUIET_MS = 20_000;
export const VERSION_EVERY_MS = 5 * 60_000;

export function startVersionKeeper(
  addRevision: (programId: string, doc: Scenario) => Promise<unknown>,
  options: VersionKeeperOptions = {},
): VersionKeeper {
  let unkept: { programId: string; doc: Scenario } | null = null;
  const keep = async () => {
    timer.cancel();
    const version = unkept;
    unkept = null;
    if (version === null) return;
    try {
      await addRevision(version.programId, version.doc);
      options.onRevision?.(version.programId);
    } catch (error) {
      // The program itself is saved; a missing version is no lost work, so it is not reported.
      console.warn('lanecast: could not keep a version', error);
    }
  };
  const timer = burstTimer(
    () => void keep(),
    {
      quietMs: options.quietMs ?? VERSION_QUIET_MS,
      maxWaitMs: options.everyMs ?? VERSION_EVERY_MS,
    },
    options,
  );
  return {
    saved(programId, doc) {
      unkept = { programId, doc };
      timer.touch();
    },
    keepNow: keep,
    stop: () => timer.cancel(),
  };
}
