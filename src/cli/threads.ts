/**
 * How many threads simulate a run (shares.ts): every core, unless the audience is too small for a
 * thread to earn its start (starting one, then reading and compiling the scenario in it again,
 * costs more than simulating a few tens of thousands of people), or LANECAST_THREADS says so.
 */
import { availableParallelism } from 'node:os';
import { CliError } from './fatal';

/**
 * People a thread should have at least: below this a second thread costs more than it saves
 * (measured on W1 with 20,000 to 1,000,000 people; see the issue 8 report).
 */
export const MIN_PEOPLE_PER_THREAD = 50_000;

/** Most threads ever started, whatever the machine or LANECAST_THREADS say. */
export const MAX_THREADS = 64;

/** The thread count for `people` people; `forced` is LANECAST_THREADS (undefined when unset). */
export function threadCount(people: number, forced: string | undefined): number {
  if (forced !== undefined && forced !== '') {
    const n = Number(forced);
    if (!/^\d+$/.test(forced) || n < 1 || n > MAX_THREADS)
      throw new CliError([
        `LANECAST_THREADS: expected a whole number from 1 to ${MAX_THREADS}, got "${forced}"`,
      ]);
    return Math.max(1, Math.min(n, people));
  }
  const cores = Math.min(availableParallelism(), MAX_THREADS);
  return Math.max(1, Math.min(cores, Math.floor(people / MIN_PEOPLE_PER_THREAD)));
}

/** Consecutive shares of `people` people for `threads` threads, as even as can be. */
export function shares(people: number, threads: number): { start: number; end: number }[] {
  return Array.from({ length: threads }, (_, i) => ({
    start: Math.floor((people * i) / threads),
    end: Math.floor((people * (i + 1)) / threads),
  }));
}
