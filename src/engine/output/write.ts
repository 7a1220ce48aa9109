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
  const names = namesOf(plan);
  if (format === 'summary') {
    const sink = new SummarySink(plan.program.streams.length, plan.program.contentIds.length);
    simulateAll(plan, sink);
    yield JSON.stringify(sink.summary(names)) + '\n';
    return;
  }
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
  simulateAll(plan, buffer);
  const line: (record: SimRecord) => string = format === 'csv' ? csvLine : jsonLine;
  let lines: string[] = format === 'csv' ? [CSV_HEADER] : [];
  const add = (record: SimRecord) => {
    lines.push(line(record));
    if (lines.length < CHUNK) return null;
    const chunk = lines.join('\n') + '\n';
    lines = [];
    return chunk;
  };
  if (runs === null || saved === 0) {
    for (const i of buffer.order()) {
      const chunk = add(buffer.record(i, names));
      if (chunk !== null) yield chunk;
    }
  } else {
    if (buffer.size > 0) {
      runs.store.save(buffer.packSorted());
      buffer.clear();
      saved++;
    }
    const merger = new RunMerger(runs.store, saved);
    for (let cursor = merger.next(); cursor !== null; cursor = merger.next()) {
      const chunk = add(cursor.record(names));
      if (chunk !== null) yield chunk;
    }
  }
  if (lines.length > 0) yield lines.join('\n') + '\n';
}
