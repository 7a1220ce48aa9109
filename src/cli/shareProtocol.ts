/**
 * What the main thread tells a simulation thread (src/cli/simulateThread.ts) and what it answers.
 * A thread reads and compiles the scenario itself (a compiled plan holds functions and millions of
 * small values: cheaper to build again than to copy), simulates its share of the people and hands
 * back their summary counts, or their records as sorted runs: the full ones saved into a
 * temporary file the main thread opened for it, the last one transferred.
 */
import type { Format, SimulationOptions, SummaryCounts } from '../engine';
import type { Run } from './tempRuns';

export interface ShareJob {
  file: string;
  /** The file's size and modification time when the main thread read it (loadPlan.ts). */
  version: string;
  options: SimulationOptions;
  format: Format;
  /** The people this thread simulates: `start` (inclusive) to `end` (exclusive). */
  slice: { start: number; end: number };
  /** Records held in memory at most before a sorted run is saved to the file. */
  capacity: number;
  /** The open temporary file runs go to (not for the summary). */
  fd: number | null;
  /** Folder of the temporary file, for the message when writing to it fails. */
  folder: string;
}

export type ShareAnswer =
  | { ok: true; format: 'summary'; counts: SummaryCounts }
  | { ok: true; format: 'runs'; saved: Run[]; last: Uint8Array }
  | { ok: false; lines: string[] };
