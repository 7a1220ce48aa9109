/**
 * What the main thread tells a simulation thread (src/cli/simulateThread.ts) and what it answers.
 * The main thread reads and compiles the scenario once; a thread gets its share of the compiled
 * plan (engine/compile/share.ts: its people's columns and events' rows, and the scenario without
 * people and events to compile the program part from), simulates it and hands back their summary
 * counts, or their records as sorted runs: the full ones saved into a temporary file the main
 * thread opened for it, the last one transferred.
 */
import type { Format, PlanShare, SummaryCounts } from '../engine';
import type { SharedClaims } from './shareClaims';
import type { Run } from './tempRuns';

export interface ShareJob {
  share: PlanShare;
  format: Format;
  /** Records held in memory at most before a sorted run is saved to the file. */
  capacity: number;
  /** The open temporary file runs go to (not for the summary). */
  fd: number | null;
  /** Folder of the temporary file, for the message when writing to it fails. */
  folder: string;
  /**
   * For the summary: the share is simulated chunk by chunk as claimed from the front of share
   * `index` (shareClaims.ts), the main thread taking the rest; null: the whole share.
   */
  claims: { shared: SharedClaims; index: number } | null;
}

export type ShareAnswer =
  | { ok: true; format: 'summary'; counts: SummaryCounts }
  | { ok: true; format: 'runs'; saved: Run[]; last: Uint8Array }
  | { ok: false; lines: string[] };
