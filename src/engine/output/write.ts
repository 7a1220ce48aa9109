/**
 * Writes the command line's output in chunks, so large runs do not build one giant string. The app's
 * records export calls the same function, so its file is the command line's, byte for byte.
 */
import type { SimulationPlan } from '../compile';
import { simulateAll } from '../simulate';
import { CSV_HEADER, csvLine, jsonLine } from './formats';
import { namesOf } from './names';
import { RecordBuffer } from './recordBuffer';
import { SummarySink } from './summary';
/** The command line's output formats (spec: Simulator output). */
export type Format = 'jsonl' | 'csv' | 'summary';

const CHUNK = 4096;

export function writeOutput(plan: SimulationPlan, format: Format, write: (chunk: string) => void) {
  const names = namesOf(plan);
  if (format === 'summary') {
    const sink = new SummarySink(plan.program.streams.length, plan.program.contentIds.length);
    simulateAll(plan, sink);
    write(JSON.stringify(sink.summary(names)) + '\n');
    return;
  }
  const buffer = new RecordBuffer();
  simulateAll(plan, buffer);
  const line = format === 'csv' ? csvLine : jsonLine;
  let lines: string[] = format === 'csv' ? [CSV_HEADER] : [];
  for (const i of buffer.order()) {
    lines.push(line(buffer.record(i, names)));
    if (lines.length >= CHUNK) {
      write(lines.join('\n') + '\n');
      lines = [];
    }
  }
  if (lines.length > 0) write(lines.join('\n') + '\n');
}
