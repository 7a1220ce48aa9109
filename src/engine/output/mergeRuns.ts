/**
 * Merges sorted runs back into one time-ordered stream of records. Runs hold consecutive records
 * (run 0 the first ones collected), each sorted stably by instant; taking the earliest instant and,
 * on a tie, the earlier run gives exactly the stable sort of all records: the same order, byte for
 * byte, as sorting them all in memory.
 */
import { type RunStore, RunCursor } from './packedRecords';

/** Earlier instant first; on a tie, the earlier run. */
const before = (a: RunCursor, b: RunCursor) => a.at < b.at || (a.at === b.at && a.run < b.run);

/** Hands out the records of `runs` sorted runs in the merged order, one `next()` at a time. */
export class RunMerger {
  private readonly heap: RunCursor[] = [];
  /** The cursor handed out last: stepped on the following `next()`. */
  private last: RunCursor | null = null;

  constructor(store: RunStore, runs: number) {
    for (let run = 0; run < runs; run++) {
      const cursor = new RunCursor(store, run);
      if (cursor.next()) this.heap.push(cursor);
    }
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) siftDown(this.heap, i);
  }

  /** A cursor on the next record, or null when every run is read. */
  next(): RunCursor | null {
    const heap = this.heap;
    if (this.last !== null) {
      if (!this.last.next()) {
        const end = heap.pop()!;
        if (heap.length > 0) heap[0] = end;
      }
      if (heap.length > 0) siftDown(heap, 0);
    }
    this.last = heap[0] ?? null;
    return this.last;
  }
}

function siftDown(heap: RunCursor[], i: number) {
  const item = heap[i]!;
  const n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(heap[child + 1]!, heap[child]!)) child++;
    if (!before(heap[child]!, item)) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = item;
}
