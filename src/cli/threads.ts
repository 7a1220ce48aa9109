/**
 * How many threads simulate a run (shares.ts): every core, unless the audience is too small for a
 * thread to earn its start, or LANECAST_THREADS says so. The main thread reads and compiles the
 * file once and hands each other thread its share of the plan (engine/compile/share.ts). Measured
 * on W1 (2 cores, the bundled command line), a thread costs about 0.3 s of CPU whatever its share
 * (starting, loading the bundle, compiling the program part, code not yet optimized), plus about
 * 0.6 us per person to copy and place its columns, while simulating a person takes about 5 us:
 * so a second thread saves time from about 140,000 people on, listed in the file or generated.
 *
 * Since a thread compiles nothing, loads a 0.25 MB bundle with V8's code cache and, for the
 * summary, shares its chunks with the main thread (shareClaims.ts), its fixed cost is about 0.19 s
 * of CPU instead of 0.29 s (W1, 20,000 generated people, 2 threads minus 1, medians of 8 pairs of
 * whole processes). At 100,000 people two threads still did not pay on the shared 2-core machine
 * (whole process, 2 threads / 1, medians of 10 pairs: listed 1.25x wall and CPU, generated 1.34x
 * wall, 1.37x CPU), so the threshold stays: most of what remains is code warming up in each thread.
 */
import { availableParallelism } from 'node:os';
import { CliError } from './fatal';

/** People a thread should have at least: below this a second thread costs more than it saves. */
export const MIN_PEOPLE_PER_THREAD = 70_000;

/**
 * A file this large starts its threads before reading: a listed person takes about 130 bytes
 * (W1), so it likely lists people enough for two threads. A smaller file starts them, if needed,
 * once compiled: a thread started for nothing would cost its start on a busy machine.
 */
export const EARLY_START_BYTES = 2 * MIN_PEOPLE_PER_THREAD * 120;

/** Most threads ever started, whatever the machine or LANECAST_THREADS say. */
export const MAX_THREADS = 64;

/** The thread count for `people` people; `forced` is LANECAST_THREADS (undefined when unset). */
export function threadCount(people: number, forced: string | undefined): number {
  const n = forcedThreads(forced);
  if (n !== null) return Math.max(1, Math.min(n, people));
  const cores = Math.min(availableParallelism(), MAX_THREADS);
  return Math.max(1, Math.min(cores, Math.floor(people / MIN_PEOPLE_PER_THREAD)));
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

/** A file this small is looked into before it is read, for the people it lists and generates. */
export const PEEK_BYTES = 256 * 1024;

/**
 * The people a small scenario file's `text` lists and generates (its cohorts' sizes), or null
 * when it is no JSON object: a few kB parsed twice, so that a generated audience's threads start
 * while the main thread compiles it. Not a validation: a wrong size only starts threads the
 * checked file then does without.
 */
export function peekPeople(text: string): number | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null) return null;
  const { people, generator } = doc as { people?: unknown; generator?: { cohorts?: unknown } };
  let count = Array.isArray(people) ? people.length : 0;
  const cohorts = generator?.cohorts;
  if (Array.isArray(cohorts))
    for (const cohort of cohorts as { size?: unknown }[]) {
      const size = cohort?.size;
      if (typeof size === 'number' && size > 0) count += size;
    }
  return count;
}

/**
 * Threads worth starting before the file is read (`bytes`: its size, null for a pipe; `people`:
 * peekPeople of a small file), so that their start overlaps the reading and compiling: those
 * LANECAST_THREADS asks for, those the people of a small file need, or every other core for a
 * file large enough to list many people. A thread started and then not needed just ends.
 */
export function earlyThreads(
  bytes: number | null,
  forced: string | undefined,
  people: number | null = null,
): number {
  const n = forcedThreads(forced);
  if (n !== null) return n - 1;
  if (people !== null) return threadCount(people, undefined) - 1;
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
