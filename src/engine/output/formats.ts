/** The written forms of the simulator's output: JSON Lines and CSV (spec: Simulator output, semantics 26). */
import type { SimRecord } from '../records';

/** One JSON object per line, keys in the spec's order. */
export function jsonLine(record: SimRecord): string {
  return JSON.stringify(record);
}

export const CSV_HEADER = 'at,type,person,stream,content,detail';

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(record: SimRecord): string {
  let stream = '';
  let content = '';
  let detail = '';
  switch (record.type) {
    case 'send':
      stream = record.stream;
      content = record.content;
      break;
    case 'program':
      stream = record.stream;
      content = record.content;
      detail = `qualified=${record.qualified}`;
      break;
    case 'blocked':
      stream = record.stream;
      content = record.content;
      detail = record.reason;
      break;
    case 'exhausted':
      stream = record.stream;
      break;
    case 'move':
      stream = record.to;
      detail = `from=${record.from ?? ''};cause=${record.cause}`;
      break;
    case 'remove':
      break;
  }
  return [record.at, record.type, record.person, stream, content, detail].map(csvField).join(',');
}
