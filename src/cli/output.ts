/** Streams the chosen output format in chunks, so large runs do not build one giant string. */
import {
  CSV_HEADER,
  csvLine,
  jsonLine,
  namesOf,
  RecordBuffer,
  simulateAll,
  SummarySink,
  type SimulationPlan,
} from '../engine';
import type { Format } from './args';

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
