/**
 * Collects records compactly (columns, not objects) and hands them back in time order, as the
 * output format asks. People are simulated one after another, so records arrive grouped by person;
 * a stable sort by instant restores time order with people order (the file's) within an instant.
 *
 * A buffer may be given a capacity: when it is full it calls `onFull`, which must empty it (the
 * command line packs the records as a sorted run and keeps them outside memory; see runs.ts).
 */
import type { BlockReason, CauseKind, RecordSink, SimRecord } from '../records';
import { type RecordColumns, recordOf, T } from './recordForm';
import type { Names } from './names';
import { ROW_BYTES, ROW_FLOATS, ROW_INTS } from './packedRecords';

export interface BufferLimit {
  /** Records held at most before `onFull` is called. */
  capacity: number;
  /** Takes the records (e.g. `packSorted`) and calls `clear`. */
  onFull: (buffer: RecordBuffer) => void;
}

const FIRST_SIZE = 1024;

export class RecordBuffer implements RecordSink {
  size = 0;
  private at = new Float64Array(FIRST_SIZE);
  private type = new Uint8Array(FIRST_SIZE);
  private person = new Int32Array(FIRST_SIZE);
  private stream = new Int32Array(FIRST_SIZE);
  private content = new Int32Array(FIRST_SIZE);
  /** program: qualified 0/1; blocked: 0 unsubscribed / 1 limit; move: cause kind. */
  private detail = new Int32Array(FIRST_SIZE);
  /** move: the cause's index. */
  private cause = new Int32Array(FIRST_SIZE);
  /** Reused by `record`, so reading a record allocates only the record itself. */
  private readonly scratch: RecordColumns = {
    at: 0,
    type: 0,
    person: 0,
    stream: 0,
    content: 0,
    detail: 0,
    cause: 0,
  };

  constructor(private readonly limit: BufferLimit | null = null) {}

  private push(
    at: number,
    type: number,
    person: number,
    stream: number,
    content: number,
    detail: number,
    cause: number,
  ) {
    if (this.limit !== null && this.size >= this.limit.capacity) {
      this.limit.onFull(this);
      if (this.size !== 0) throw new Error('RecordBuffer: onFull must clear the buffer');
    } else if (this.size === this.at.length) this.grow();
    const i = this.size++;
    this.at[i] = at;
    this.type[i] = type;
    this.person[i] = person;
    this.stream[i] = stream;
    this.content[i] = content;
    this.detail[i] = detail;
    this.cause[i] = cause;
  }

  send(at: number, person: number, stream: number, content: number) {
    this.push(at, T.send, person, stream, content, 0, 0);
  }
  program(at: number, person: number, stream: number, content: number, qualified: boolean) {
    this.push(at, T.program, person, stream, content, qualified ? 1 : 0, 0);
  }
  blocked(at: number, person: number, stream: number, content: number, reason: BlockReason) {
    this.push(at, T.blocked, person, stream, content, reason === 'limit' ? 1 : 0, 0);
  }
  exhausted(at: number, person: number, stream: number) {
    this.push(at, T.exhausted, person, stream, -1, 0, 0);
  }
  move(at: number, person: number, from: number, to: number, causeKind: CauseKind, cause: number) {
    // `content` holds the destination so `stream` can hold the origin.
    this.push(at, T.move, person, from, to, causeKind, cause);
  }
  remove(at: number, person: number) {
    this.push(at, T.remove, person, -1, -1, 0, 0);
  }

  /** Record indices in time order (stable). */
  order(): Uint32Array {
    const at = this.at;
    const idx = new Uint32Array(this.size);
    for (let i = 0; i < idx.length; i++) idx[i] = i;
    return idx.sort((a, b) => at[a]! - at[b]! || a - b);
  }

  record(i: number, names: Names): SimRecord {
    const c = this.scratch;
    c.at = this.at[i]!;
    c.type = this.type[i]!;
    c.person = this.person[i]!;
    c.stream = this.stream[i]!;
    c.content = this.content[i]!;
    c.detail = this.detail[i]!;
    c.cause = this.cause[i]!;
    return recordOf(c, names);
  }

  /** Every record in time order. */
  records(names: Names): SimRecord[] {
    return Array.from(this.order(), (i) => this.record(i, names));
  }

  /** The records in time order as packed rows (packedRecords.ts): one sorted run. */
  packSorted(): Uint8Array {
    const order = this.order();
    const bytes = new ArrayBuffer(order.length * ROW_BYTES);
    const floats = new Float64Array(bytes);
    const ints = new Int32Array(bytes);
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const n = k * ROW_INTS;
      floats[k * ROW_FLOATS] = this.at[i]!;
      ints[n + 2] = this.type[i]!;
      ints[n + 3] = this.person[i]!;
      ints[n + 4] = this.stream[i]!;
      ints[n + 5] = this.content[i]!;
      ints[n + 6] = this.detail[i]!;
      ints[n + 7] = this.cause[i]!;
    }
    return new Uint8Array(bytes);
  }

  /** Forgets every record, keeping the columns' room for the next ones. */
  clear() {
    this.size = 0;
  }

  private grow() {
    const n = Math.min(this.at.length * 2, this.limit?.capacity ?? Infinity);
    const grown = <A extends Float64Array | Uint8Array | Int32Array>(
      a: A,
      make: (n: number) => A,
    ): A => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.at = grown(this.at, (k) => new Float64Array(k));
    this.type = grown(this.type, (k) => new Uint8Array(k));
    this.person = grown(this.person, (k) => new Int32Array(k));
    this.stream = grown(this.stream, (k) => new Int32Array(k));
    this.content = grown(this.content, (k) => new Int32Array(k));
    this.detail = grown(this.detail, (k) => new Int32Array(k));
    this.cause = grown(this.cause, (k) => new Int32Array(k));
  }
}
