/**
 * The records export, split across the workers and merged at bounded cost. Each worker simulates
 * its share of the people again, collecting the records as sorted runs of packed rows (32 bytes a
 * record, never one object per record); the runs of every share, in share order, are then merged in
 * one worker and written as the command line writes them (src/engine/output/write.ts): records by
 * instant, on a tie in the order they were made. Shares are consecutive people and runs consecutive
 * records, so taking the earlier run on a tie gives the command line's order byte for byte. The text
 * leaves in chunks, so no worker ever holds the whole file.
 */
import {
  CSV_HEADER,
  csvLine,
  jsonLine,
  namesOf,
  RecordBuffer,
  simulateAll,
  type SimRecord,
  type SimulationPlan,
} from '../engine';
import { RunMerger } from '../engine/output/mergeRuns';
import type { RunStore } from '../engine/output/packedRecords';
import type { ExportFormat, RecordRuns, Slice } from './protocol';

/** Records per sorted run (32 MB of rows). */
export const RUN_RECORDS = 1 << 20;
/** Records exported at most (256 MB of rows in the merging worker); more: use the command line. */
export const EXPORT_RECORDS = 8_000_000;
/** Lines per chunk of text handed out. */
const CHUNK_LINES = 4096;

class TooManyRecords extends Error {}

export const tooManyRecords = (limit = EXPORT_RECORDS) =>
  `there are more than ${limit.toLocaleString('en-US')} records: export them with the command line`;

/** The records of people `slice` as sorted runs, or null when there are more than `limit`. */
export function shareRuns(
  plan: SimulationPlan,
  slice: Slice,
  limit = EXPORT_RECORDS,
  runRecords = RUN_RECORDS,
): RecordRuns | null {
  const runs: Uint8Array[] = [];
  let records = 0;
  const take = (buffer: RecordBuffer) => {
    records += buffer.size;
    if (records > limit) throw new TooManyRecords();
    runs.push(buffer.packSorted());
    buffer.clear();
  };
  const buffer = new RecordBuffer({ capacity: runRecords, onFull: take });
  try {
    simulateAll(plan, buffer, { slice });
    if (buffer.size > 0) take(buffer);
  } catch (error) {
    if (error instanceof TooManyRecords) return null;
    throw error;
  }
  return { runs, records };
}

/** Runs held in memory, read as the merger asks. */
function memoryRuns(runs: readonly Uint8Array[]): RunStore {
  return {
    save() {
      throw new Error('the export merges runs it was given; it saves none');
    },
    read(run, offset, into) {
      const bytes = runs[run]!;
      const n = Math.max(0, Math.min(into.length, bytes.length - offset));
      into.set(bytes.subarray(offset, offset + n));
      return n;
    },
  };
}

/**
 * Merges `runs` (every share's, in share order) and hands the output in `format` to `write` in
 * UTF-8 chunks of whole lines, waiting for each; returns the bytes written.
 */
export async function writeMerged(
  plan: SimulationPlan,
  format: ExportFormat,
  runs: readonly Uint8Array[],
  write: (chunk: Uint8Array) => unknown,
): Promise<number> {
  const names = namesOf(plan);
  const line: (record: SimRecord) => string = format === 'csv' ? csvLine : jsonLine;
  const encoder = new TextEncoder();
  let lines: string[] = format === 'csv' ? [CSV_HEADER] : [];
  let written = 0;
  const flush = async () => {
    const bytes = encoder.encode(lines.join('\n') + '\n');
    lines = [];
    written += bytes.length;
    await write(bytes);
  };
  const merger = new RunMerger(memoryRuns(runs), runs.length);
  for (let cursor = merger.next(); cursor !== null; cursor = merger.next()) {
    lines.push(line(cursor.record(names)));
    if (lines.length >= CHUNK_LINES) await flush();
  }
  if (lines.length > 0) await flush();
  return written;
}
