/**
 * Counts records without keeping them (spec: `--format summary`), for audiences too large to list.
 * Only records inside the written period reach a sink, so the counts match the JSON Lines output.
 */
import { RECORD_TYPES, type RecordSink, type RecordType } from '../records';
import type { Names } from './names';

/** A summary's counts as plain data: what one share of the people adds up to (threads add them). */
export interface SummaryCounts {
  records: Record<RecordType, number>;
  byStream: Float64Array;
  byContent: Float64Array;
}

export interface Summary {
  records: Record<RecordType, number>;
  sendsByStream: Record<string, number>;
  sendsByContent: Record<string, number>;
}

export class SummarySink implements RecordSink {
  readonly counts = { send: 0, program: 0, blocked: 0, exhausted: 0, move: 0, remove: 0 };
  private readonly byStream: Float64Array;
  private readonly byContent: Float64Array;

  constructor(streams: number, contents: number) {
    this.byStream = new Float64Array(streams);
    this.byContent = new Float64Array(contents);
  }

  send(_at: number, _person: number, stream: number, content: number) {
    this.counts.send++;
    this.byStream[stream]!++;
    this.byContent[content]!++;
  }
  program() {
    this.counts.program++;
  }
  blocked() {
    this.counts.blocked++;
  }
  exhausted() {
    this.counts.exhausted++;
  }
  move() {
    this.counts.move++;
  }
  remove() {
    this.counts.remove++;
  }

  /** The counts so far, to be added to another sink's (`add`). */
  shareCounts(): SummaryCounts {
    return { records: { ...this.counts }, byStream: this.byStream, byContent: this.byContent };
  }

  /** Adds another share's counts: the summary of all people is the sum of their shares'. */
  add(other: SummaryCounts) {
    for (const type of RECORD_TYPES) this.counts[type] += other.records[type];
    other.byStream.forEach((n, s) => (this.byStream[s]! += n));
    other.byContent.forEach((n, c) => (this.byContent[c]! += n));
  }

  summary(names: Names): Summary {
    return {
      records: { ...this.counts },
      sendsByStream: sortedCounts(this.byStream, names.stream),
      sendsByContent: sortedCounts(this.byContent, names.content),
    };
  }
}

/** Keys sorted (spec); only ids that have at least one send appear, as the counts come from records. */
function sortedCounts(counts: Float64Array, name: (i: number) => string): Record<string, number> {
  const entries: [string, number][] = [];
  counts.forEach((n, i) => {
    if (n > 0) entries.push([name(i), n]);
  });
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}
