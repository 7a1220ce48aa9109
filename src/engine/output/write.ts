/**
 * The command line's output as chunks of text, so large runs never build one giant string. The
 * app's records export calls `writeOutput`, so its file is the command line's, byte for byte.
 *
 * Every record must be collected before the first can be written (people are simulated one after
 * another; the output is in time order). Given `runs`, records are collected at most
 * `runs.capacity` at a time: each full buffer is sorted and handed to the store as a run, and the
 * runs are merged back at the end (mergeRuns.ts), so memory stays bounded however long the output.
 */
import type { SimulationPlan } from '../compile';
import type { SimRecord } from '../records';
import { simulateAll } from '../simulate';
import { CSV_HEADER, csvLine, jsonLine } from './formats';
import { RunMerger } from './mergeRuns';
import { namesOf } from './names';
import type { RunStore } from './packedRecords';
import { RecordBuffer } from './recordBuffer';
import { SummarySink } from './summary';
/** The command line's output formats (spec: Simulator output). */
export type Format = 'jsonl' | 'csv' | 'summary';

/** Lines per chunk. */
const CHUNK = 4096;

/** Where records wait when there are more than `capacity`: see the header. */
export interface SpillOptions {
  capacity: number;
  store: RunStore;
}

export function writeOutput(plan: SimulationPlan, format: Format, write: (chunk: string) => void) {
  for (const chunk of outputChunks(plan, format)) write(chunk);
}

/** Simulates the plan and yields its output in `format`, in chunks of whole lines. */
export function* outputChunks(
  plan: SimulationPlan,
  format: Format,
  runs: SpillOptions | null = null,
): Generator<string> {
  if (format === 'summary') {
    yield summaryText(plan, summarizeShare(plan));
    return;
  }
  const { saved, buffer } = simulateShare(plan, runs);
  const names = namesOf(plan);
  if (runs === null || saved === 0) {
    const order = buffer.order();
    let k = 0;
    yield* lines(format, () => (k < order.length ? buffer.record(order[k++]!, names) : null));
  } else {
    runs.store.save(buffer.packSorted());
    buffer.clear();
    yield* mergedChunks(plan, format, runs.store, saved + 1);
  }
}

/** The records of one share of the people: the runs saved when the buffer filled, then the rest. */
export interface ShareRecords {
  /** Runs handed to the store, in the order collected. */
  saved: number;
  /** The records collected after the last saved run (all of them when nothing was saved). */
  buffer: RecordBuffer;
}

/**
 * Simulates people `slice.start` to `slice.end` (everyone by default) into records, saving each
 * full buffer to `runs.store` as a sorted run. The records are in the order the output sorts by
 * (instant, then person, then the order a person's records were decided in), so the shares of
 * consecutive people, taken in people order, are consecutive runs of the whole output: merging
 * them (mergedChunks) gives the single-run output byte for byte.
 */
export function simulateShare(
  plan: SimulationPlan,
  runs: SpillOptions | null,
  slice?: { start: number; end: number },
): ShareRecords {
  let saved = 0;
  const buffer = new RecordBuffer(
    runs && {
      capacity: runs.capacity,
      onFull(full) {
        runs.store.save(full.packSorted());
        full.clear();
        saved++;
      },
    },
  );
  simulateAll(plan, buffer, slice ? { slice } : {});
  return { saved, buffer };
}

/** The summary's counts for people `slice.start` to `slice.end` (everyone by default). */
export function summarizeShare(
  plan: SimulationPlan,
  slice?: { start: number; end: number },
): SummarySink {
  const sink = new SummarySink(plan.program.streams.length, plan.program.contentIds.length);
  simulateAll(plan, sink, slice ? { slice } : {});
  return sink;
}

/** The summary's one line, from the counts of every person (shares added up with `add`). */
export function summaryText(plan: SimulationPlan, sink: SummarySink): string {
  return JSON.stringify(sink.summary(namesOf(plan))) + '\n';
}

/** Merges `count` sorted runs of `store` (consecutive runs of the output) into its lines. */
export function mergedChunks(
  plan: SimulationPlan,
  format: Exclude<Format, 'summary'>,
  store: RunStore,
  count: number,
): Generator<string> {
  const names = namesOf(plan);
  const merger = new RunMerger(store, count);
  return lines(format, () => merger.next()?.record(names) ?? null);
}

/** Records, pulled one at a time until null, as JSON Lines or CSV in chunks of whole lines. */
function* lines(format: Format, next: () => SimRecord | null): Generator<string> {
  const line: (record: SimRecord) => string = format === 'csv' ? csvLine : jsonLine;
  let chunk: string[] = format === 'csv' ? [CSV_HEADER] : [];
  for (let record = next(); record !== null; record = next()) {
    chunk.push(line(record));
    if (chunk.length < CHUNK) continue;
    yield chunk.join('\n') + '\n';
    chunk = [];
  }
  if (chunk.length > 0) yield chunk.join('\n') + '\n';
}
