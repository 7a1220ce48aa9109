/**
 * Who simulates which people of a thread's share, decided as the run goes (summary only, see
 * shares.ts): a share is cut into chunks; its thread takes them from the front, and the main
 * thread, once done with its own share, takes them from the back. The main thread starts
 * simulating first (a thread must start, load and compile its program part before its first
 * person), and people are not equally costly (one who joins early gets more casts), so shares of
 * equal size end at different times; taking chunks as they come keeps every thread busy to the end.
 *
 * Each share's state is one 32-bit cell in shared memory: the next chunk from the front in the
 * high half, the chunk after the last one left in the low half (MAX_CHUNKS fits either). Taking one is a compare-and-swap
 * of that cell, so both ends never take the same chunk.
 */

/**
 * Fewest people in a chunk: each chunk starts a simulation of its own (about 1.7 ms of CPU in a
 * thread still warming up, measured on W1), so a chunk should take some 30 ms (W1: 3-4 us a person).
 */
export const MIN_CHUNK = 8192;

/** Chunks a share is cut into at most: the threads end within a chunk's time of each other. */
const MAX_CHUNKS = 64;

export interface Slice {
  start: number;
  end: number;
}

export class ShareClaims {
  private constructor(
    private readonly cells: Int32Array,
    private readonly slices: readonly Slice[],
    private readonly chunk: number,
  ) {}

  /** New claims on `slices` (each thread's share but the main thread's), none taken yet. */
  static create(slices: readonly Slice[]): ShareClaims {
    const longest = Math.max(0, ...slices.map((s) => s.end - s.start));
    const chunk = Math.max(MIN_CHUNK, Math.ceil(longest / MAX_CHUNKS));
    const cells = new Int32Array(new SharedArrayBuffer(4 * slices.length));
    slices.forEach((s, i) => (cells[i] = Math.ceil((s.end - s.start) / chunk)));
    return new ShareClaims(cells, slices, chunk);
  }

  /** The claims another thread sees: `shared()` posted to it (the memory is shared, not copied). */
  static of(shared: SharedClaims): ShareClaims {
    return new ShareClaims(shared.cells, shared.slices, shared.chunk);
  }

  shared(): SharedClaims {
    return { cells: this.cells, slices: this.slices, chunk: this.chunk };
  }

  /** The next chunk from the front of share `i`, or null when all are taken. */
  takeFront(i: number): Slice | null {
    return this.take(i, true);
  }

  /** The last chunk not yet taken of share `i`, or null when all are taken. */
  takeBack(i: number): Slice | null {
    return this.take(i, false);
  }

  private take(i: number, front: boolean): Slice | null {
    for (;;) {
      const cell = Atomics.load(this.cells, i);
      const next = cell >>> 16;
      const stop = cell & 0xffff;
      if (next >= stop) return null;
      const taken = front ? next : stop - 1;
      const after = front ? ((next + 1) << 16) | stop : (next << 16) | (stop - 1);
      if (Atomics.compareExchange(this.cells, i, cell, after) !== cell) continue;
      const slice = this.slices[i]!;
      const start = slice.start + taken * this.chunk;
      return { start, end: Math.min(slice.end, start + this.chunk) };
    }
  }
}

/** ShareClaims as structured-clone data, for a thread's job. */
export interface SharedClaims {
  cells: Int32Array;
  slices: readonly Slice[];
  chunk: number;
}
