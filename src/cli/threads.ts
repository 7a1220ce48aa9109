/**
 * How many threads simulate a run (shares.ts): every core, unless the audience is too small for a
 * thread to earn its start, or LANECAST_THREADS says so. A thread starts, then reads and compiles
 * the scenario again: measured on W1 (2 cores, the bundled command line), that costs it about
 * 0.34 s of CPU plus about 8 us per person listed in the file, while simulating a person takes
 * about 5 us. So a second thread saves time from about 140,000 generated people on, and a file of
 * listed people (read again by every thread: 1.65x the CPU and 1.9x the memory at 100,000
 * listed people, and no faster) keeps one thread.
 */
import { availableParallelism } from 'node:os';
import { CliError } from './fatal';

/** People a thread should have at least: below this a second thread costs more than it saves. */
export const MIN_PEOPLE_PER_THREAD = 70_000;

/** A listed person counts against the audience this many times: every thread reads them again. */
export const LISTED_WEIGHT = 3;

/** A file this large (about 100 bytes per listed person) starts its threads before reading. */
export const EARLY_START_BYTES = 100 * MIN_PEOPLE_PER_THREAD;

/** Most threads ever started, whatever the machine or LANECAST_THREADS say. */
export const MAX_THREADS = 64;

/**
 * The thread count for `people` people, `listed` of them in the file; `forced` is LANECAST_THREADS
 * (undefined when unset).
 */
export function threadCount(people: number, listed: number, forced: string | undefined): number {
  const n = forcedThreads(forced);
  if (n !== null) return Math.max(1, Math.min(n, people));
  const cores = Math.min(availableParallelism(), MAX_THREADS);
  const worth = people - LISTED_WEIGHT * listed;
  return Math.max(1, Math.min(cores, Math.floor(worth / MIN_PEOPLE_PER_THREAD)));
}

/** LANECAST_THREADS as a number, null when unset, or a `CliError` saying what is wrong. */
function forcedThreads(forced: string | undefined): number | null {
  if (forced === undefined || forced === '') return null;
  const n = Number(forced);
  if (!/^\d+$/.test(forced) || n < 1 || n > MAX_THREADS)
    throw new CliError([
      `LANECAST_THREADS: expected a whole number from 1 to ${MAX_THREADS}, got "${forced}"`,
    ]);
  return n;
}

/**
 * Threads worth starting before the file is read (`bytes`: its size, null for a pipe), so that
 * their start overlaps the reading: those LANECAST_THREADS asks for, or every other core for a
 * file large enough to list many people. A thread started and then not needed just ends.
 */
export function earlyThreads(bytes: number | null, forced: string | undefined): number {
  const n = forcedThreads(forced);
  if (n !== null) return n - 1;
  if (bytes === null || bytes < EARLY_START_BYTES) return 0;
  return Math.min(availableParallelism(), MAX_THREADS) - 1;
}

/** Consecutive shares of `people` people for `threads` threads, as even as can be. */
export function shares(people: number, threads: number): { start: number; end: number }[] {
  return Array.from({ length: threads }, (_, i) => ({
    start: Math.floor((people * i) / threads),
    end: Math.floor((people * (i + 1)) / threads),
  }));
}
