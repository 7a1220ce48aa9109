/**
 * `npm run --silent simulate -- <scenario.json> [--format jsonl|csv|summary] [--from] [--until]
 * [--seed] [--explain PERSON [--why-not RULE [--stream STREAM]]]`: prints the simulator's output on
 * standard output and exits 0; a bad file or argument prints one line per problem, each naming its
 * JSON path or option, and exits 2. Anything else that goes wrong prints one line and exits 2
 * (fatal.ts): never a stack trace.
 *
 * Large audiences are simulated on every core (shares.ts, threads.ts): the output is the same byte
 * for byte whatever the number of threads. The environment variable LANECAST_THREADS=N forces N
 * threads (1 to 64; 1 runs everything on the main thread), for tests and measurements.
 */
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { outputChunks, type SimulationPlan } from '../engine';
import { type CliArgs, parseArgs, USAGE } from './args';
import { explainToText } from './explainText';
import { CliError, stop, stopOnAnyFailure } from './fatal';
import { loadPlan } from './loadPlan';
import { startThread, threadedChunks } from './shares';
import { TempRunStore } from './tempRuns';
import { earlyThreads, PEEK_BYTES, peekPeople, threadCount } from './threads';
import { whyNotText, type WhyNotText } from './whyNotText';

/**
 * Records sorted in memory at a time (32 bytes each in a run, about 90 while sorting): an output
 * with more is sorted in runs of this many in a temporary file and merged as it is written.
 */
const RECORDS_IN_MEMORY = 1 << 21;

/** The explanation asked for, or one line on stderr and exit 2: never a stack trace. */
function explain(plan: SimulationPlan, person: string, args: CliArgs): string {
  let answer: WhyNotText;
  try {
    if (args.whyNot !== undefined) answer = whyNotText(plan, person, args.whyNot, args.stream);
    else {
      const text = explainToText(plan, person);
      answer =
        text === null
          ? { ok: false, error: `--explain: no person has the id "${person}"` }
          : { ok: true, text };
    }
  } catch (error) {
    answer = { ok: false, error: `--explain: could not explain (${String(error)})` };
  }
  if (!answer.ok) throw new CliError([answer.error]);
  return answer.text;
}

/** Writes each chunk, waiting while the reader is behind: a pipe would otherwise buffer it all. */
async function writeAll(chunks: Iterable<string> | AsyncIterable<string>) {
  for await (const chunk of chunks)
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

async function main() {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.ok === 'help') {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (!parsed.ok) throw new CliError([...parsed.errors, USAGE]);
  const { args } = parsed;
  const started: Worker[] = [];
  try {
    await simulate(args, started);
  } finally {
    for (const worker of started) void worker.terminate();
  }
}

/** The size of a regular file, or null (a pipe, a device; or reading it will say why). */
function sizeOf(file: string): number | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

/** Threads to start before reading `file` (threads.ts earlyThreads): a small one is peeked at. */
function earlyThreadsFor(file: string): number {
  const bytes = sizeOf(file);
  let people: number | null = null;
  if (bytes !== null && bytes <= PEEK_BYTES) {
    try {
      people = peekPeople(readFileSync(file, 'utf8'));
    } catch {
      people = null; // reading it again will say why
    }
  }
  return earlyThreads(bytes, process.env.LANECAST_THREADS, people);
}

/** Reads, compiles and simulates the file (on `started` threads and more, if worth it). */
async function simulate(args: CliArgs, started: Worker[]) {
  const options = { from: args.from, until: args.until, seed: args.seed };
  if (args.explain === undefined) {
    const early = earlyThreadsFor(args.file);
    for (let i = 0; i < early; i++) started.push(startThread());
  }
  const plan = loadPlan(args.file, options);
  if (args.explain !== undefined) {
    process.stdout.write(explain(plan, args.explain, args));
    return;
  }
  const threads = threadCount(plan.people.count, process.env.LANECAST_THREADS);
  if (threads > 1) {
    const run = { format: args.format, capacity: RECORDS_IN_MEMORY };
    await writeAll(threadedChunks(plan, run, threads, started.splice(0)));
    return;
  }
  for (const worker of started.splice(0)) void worker.terminate(); // not worth it after all
  const store = new TempRunStore();
  try {
    await writeAll(outputChunks(plan, args.format, { capacity: RECORDS_IN_MEMORY, store }));
  } finally {
    store.close();
  }
}

stopOnAnyFailure();
main().catch(stop);
