/**
 * Simulates a run on several threads: people are independent (src/engine/sim/person.ts), so each
 * thread simulates a consecutive share of them, the main thread the first. The output sorts by
 * instant, then person, then the order a person's records were decided in: the shares' sorted
 * runs, taken share by share, are consecutive runs of the whole output, and merging them writes it
 * byte for byte as one thread would (engine/output/write.ts). The summary adds up the counts, so
 * for it who simulates whom is free: the main thread, done with its own share, takes chunks of the
 * others' from their end while they work from their start (shareClaims.ts).
 */
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type Format,
  mergedChunks,
  type RunStore,
  simulateAll,
  simulateShare,
  type SimulationPlan,
  summarizeShare,
  sharePlan,
  summaryText,
  type SummarySink,
} from '../engine';
import { CliError } from './fatal';
import { ShareClaims } from './shareClaims';
import type { ShareAnswer, ShareJob } from './shareProtocol';
import { TempRunStore } from './tempRuns';
import { shares } from './threads';

/** The run asked for: written how. */
export interface ThreadedRun {
  format: Format;
  /** Records in memory at most, all threads together. */
  capacity: number;
}

/** One sorted run held in memory (a thread's last), read like the file's runs. */
class MemoryRun implements RunStore {
  constructor(private readonly bytes: Uint8Array) {}
  save(): void {
    throw new Error('MemoryRun holds one run');
  }
  read(_run: number, offset: number, into: Uint8Array): number {
    const n = Math.max(0, Math.min(into.length, this.bytes.length - offset));
    into.set(this.bytes.subarray(offset, offset + n));
    return n;
  }
}

/** Runs of several stores, numbered in the order added. */
class RunList implements RunStore {
  private readonly runs: { store: RunStore; run: number }[] = [];
  get count(): number {
    return this.runs.length;
  }
  add(store: RunStore, runs: number) {
    for (let run = 0; run < runs; run++) this.runs.push({ store, run });
  }
  save(): void {
    throw new Error('RunList only reads');
  }
  read(run: number, offset: number, into: Uint8Array): number {
    const { store, run: inStore } = this.runs[run]!;
    return store.read(inStore, offset, into);
  }
}

/**
 * Starts a thread that waits for its job (simulateThread.ts): the TypeScript source through tsx
 * when running from the sources, else the bundle's simulateThread.cjs beside this file (the build
 * lists src/cli/simulateThread.ts), run with V8's code cache by runBundle.cjs (scripts/). Started
 * early, its start overlaps the reading of the file.
 */
export function startThread(): Worker {
  let worker: Worker;
  if (import.meta.url.endsWith('.ts')) {
    const entry = new URL('./simulateThread.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    worker = new Worker(boot, { eval: true });
  } else
    worker = new Worker(new URL('./runBundle.cjs', import.meta.url), {
      workerData: { bundle: 'simulateThread.cjs' },
    });
  // A thread started early may fail or stop before it has a job: remembered for answerOf.
  worker.on('error', (error) => ended.set(worker, error));
  worker.on('exit', (code) => {
    if (!ended.has(worker)) ended.set(worker, threadStopped(code));
  });
  return worker;
}

/** Why each thread that ended did: its error, or its exit. */
const ended = new WeakMap<Worker, Error>();

const threadStopped = (code: number) =>
  new Error(`a simulation thread stopped (exit code ${code})`);

/** The answer of a thread, or a `CliError` with the lines it failed with. */
function answerOf(worker: Worker): Promise<ShareAnswer & { ok: true }> {
  return new Promise((resolve, reject) => {
    const failed = ended.get(worker);
    if (failed !== undefined) return reject(failed);
    let answered = false;
    worker.once('message', (answer: ShareAnswer) => {
      answered = true;
      if (answer.ok) resolve(answer);
      else reject(new CliError(answer.lines));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(threadStopped(code));
    });
  });
}

/** The main thread's own share, simulated into `store` and its last run kept in memory. */
function ownRuns(
  plan: SimulationPlan,
  slice: { start: number; end: number },
  capacity: number,
  store: TempRunStore,
  list: RunList,
) {
  const { saved, buffer } = simulateShare(plan, { capacity, store }, slice);
  list.add(store, saved);
  list.add(new MemoryRun(buffer.packSorted()), 1);
}

/** Simulates into `sink` the chunks of the `count` other shares no thread has taken yet. */
function takeTheRest(plan: SimulationPlan, claims: ShareClaims, count: number, sink: SummarySink) {
  for (let left = true; left;) {
    left = false;
    for (let i = count - 1; i >= 0; i--) {
      const slice = claims.takeBack(i);
      if (slice === null) continue;
      simulateAll(plan, sink, { slice });
      left = true;
    }
  }
}

/**
 * The output of `run` simulated on `threads` threads (the main one included), in chunks.
 * `started`: threads already started (startThread), used first; more are started if needed, and
 * those not needed end.
 */
export async function* threadedChunks(
  plan: SimulationPlan,
  run: ThreadedRun,
  threads: number,
  started: Worker[] = [],
): AsyncGenerator<string> {
  const folder = tmpdir();
  const capacity = Math.max(1024, Math.floor(run.capacity / threads));
  const [own = { start: 0, end: 0 }, ...others] = shares(plan.people.count, threads);
  const summary = run.format === 'summary';
  const stores = others.map(() => new TempRunStore(folder));
  const claims = summary ? ShareClaims.create(others) : null;
  const workers: Worker[] = [...started];
  try {
    const answers = others.map((slice, i) => {
      const { share, transfer } = sharePlan(plan, slice.start, slice.end);
      const job: ShareJob = {
        share,
        format: run.format,
        capacity,
        fd: summary ? null : stores[i]!.descriptor(),
        folder,
        claims: claims && { shared: claims.shared(), index: i },
      };
      if (i >= workers.length) workers.push(startThread());
      const worker = workers[i]!;
      const answer = answerOf(worker);
      worker.postMessage(job, transfer);
      answer.catch(() => {}); // awaited below, after the main thread's own share
      return answer;
    });
    if (claims !== null) {
      const sink = summarizeShare(plan, own);
      takeTheRest(plan, claims, others.length, sink);
      for (const answer of await Promise.all(answers))
        if (answer.format === 'summary') sink.add(answer.counts);
      yield summaryText(plan, sink);
      return;
    }
    const list = new RunList();
    const ownStore = new TempRunStore(folder);
    stores.push(ownStore);
    ownRuns(plan, own, capacity, ownStore, list);
    const done = await Promise.all(answers);
    done.forEach((answer, i) => {
      if (answer.format !== 'runs') return;
      stores[i]!.adopt(answer.saved);
      list.add(stores[i]!, answer.saved.length);
      list.add(new MemoryRun(answer.last), 1);
    });
    const format = run.format === 'csv' ? 'csv' : 'jsonl';
    yield* mergedChunks(plan, format, list, list.count);
  } finally {
    for (const worker of workers) void worker.terminate();
    for (const store of stores) store.close();
  }
}
