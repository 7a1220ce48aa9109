/**
 * Records packed as fixed rows of bytes, for runs kept outside memory (a temporary file on the
 * command line) and read back in blocks. A row is 32 bytes: the instant as a float64, then the
 * other columns of `RecordColumns` as int32s (the first two int32 slots are the float's).
 * The bytes use the machine's byte order: a run is read back by the process that wrote it.
 */
import type { SimRecord } from '../records';
import type { Names } from './names';
import { type RecordColumns, recordOf } from './recordForm';

export const ROW_BYTES = 32;
export const ROW_FLOATS = ROW_BYTES / 8;
export const ROW_INTS = ROW_BYTES / 4;

/** Where runs wait: `save` keeps one (rows in time order); `read` fills `into` from byte `offset`. */
export interface RunStore {
  save(run: Uint8Array): void;
  /** Bytes read into `into` from run `run` at `offset`: `into.length` or what is left, 0 at the end. */
  read(run: number, offset: number, into: Uint8Array): number;
}

/** Rows read per block: 64 KB per run being merged. */
const BLOCK_ROWS = 2048;

/** Reads one run back a block at a time; `next` steps to its next record. */
export class RunCursor {
  /** The current record's instant (valid after `next` returned true). */
  at = 0;
  private readonly block = new Uint8Array(BLOCK_ROWS * ROW_BYTES);
  private readonly floats = new Float64Array(this.block.buffer);
  private readonly ints = new Int32Array(this.block.buffer);
  private readonly columns: RecordColumns = {
    at: 0,
    type: 0,
    person: 0,
    stream: 0,
    content: 0,
    detail: 0,
    cause: 0,
  };
  private rows = 0;
  private row = -1;
  private offset = 0;

  constructor(
    private readonly store: RunStore,
    readonly run: number,
  ) {}

  /** Moves to the next record; false when the run has no more. */
  next(): boolean {
    if (++this.row >= this.rows) {
      const bytes = this.store.read(this.run, this.offset, this.block);
      if (bytes % ROW_BYTES !== 0) throw new Error(`run ${this.run}: a partial row was read`);
      this.offset += bytes;
      this.rows = bytes / ROW_BYTES;
      this.row = 0;
      if (this.rows === 0) return false;
    }
    this.at = this.floats[this.row * ROW_FLOATS]!;
    return true;
  }

  record(names: Names): SimRecord {
    const n = this.row * ROW_INTS;
    const c = this.columns;
    c.at = this.at;
    c.type = this.ints[n + 2]!;
    c.person = this.ints[n + 3]!;
    c.stream = this.ints[n + 4]!;
    c.content = this.ints[n + 5]!;
    c.detail = this.ints[n + 6]!;
    c.cause = this.ints[n + 7]!;
    return recordOf(c, names);
  }
}
