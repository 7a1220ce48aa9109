/**
 * A person's pending happenings that were decided earlier but happen later: deliveries under
 * recipient time zone, and sampled opens, clicks and unsubscribes (spec: behavior). A binary heap
 * on (instant, decision order), so same-instant items keep the order their sends were decided in
 * (semantics 3). Reused across people; grows on demand.
 */
export const PENDING = { deliver: 0, open: 1, click: 2, unsubscribe: 3 } as const;
export type PendingKind = (typeof PENDING)[keyof typeof PENDING];

export class PendingQueue {
  private at = new Float64Array(16);
  private seq = new Float64Array(16);
  private kind = new Uint8Array(16);
  private content = new Int32Array(16);
  private entry = new Int32Array(16);
  private stream = new Int16Array(16);
  size = 0;
  private counter = 0;

  clear() {
    this.size = 0;
    this.counter = 0;
  }

  /** Next instant, or Infinity when empty. */
  peekAt(): number {
    return this.size > 0 ? this.at[0]! : Infinity;
  }

  push(at: number, kind: PendingKind, content: number, entry: number, stream: number) {
    if (this.size === this.at.length) this.grow();
    let i = this.size++;
    const seq = this.counter++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(at, seq, parent)) break;
      this.copy(parent, i);
      i = parent;
    }
    this.write(i, at, seq, kind, content, entry, stream);
  }

  /** Removes the head into `out`. */
  pop(out: { at: number; kind: PendingKind; content: number; entry: number; stream: number }) {
    out.at = this.at[0]!;
    out.kind = this.kind[0] as PendingKind;
    out.content = this.content[0]!;
    out.entry = this.entry[0]!;
    out.stream = this.stream[0]!;
    const last = --this.size;
    if (last === 0) return;
    const at = this.at[last]!;
    const seq = this.seq[last]!;
    const kind = this.kind[last] as PendingKind;
    const content = this.content[last]!;
    const entry = this.entry[last]!;
    const stream = this.stream[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.lessThan(child + 1, child)) child++;
      if (this.before(at, seq, child)) break;
      this.copy(child, i);
      i = child;
    }
    this.write(i, at, seq, kind, content, entry, stream);
  }

  private before(at: number, seq: number, j: number): boolean {
    return at < this.at[j]! || (at === this.at[j]! && seq < this.seq[j]!);
  }

  private lessThan(i: number, j: number): boolean {
    return this.before(this.at[i]!, this.seq[i]!, j);
  }

  private copy(from: number, to: number) {
    this.at[to] = this.at[from]!;
    this.seq[to] = this.seq[from]!;
    this.kind[to] = this.kind[from]!;
    this.content[to] = this.content[from]!;
    this.entry[to] = this.entry[from]!;
    this.stream[to] = this.stream[from]!;
  }

  private write(
    i: number,
    at: number,
    seq: number,
    kind: PendingKind,
    content: number,
    entry: number,
    stream: number,
  ) {
    this.at[i] = at;
    this.seq[i] = seq;
    this.kind[i] = kind;
    this.content[i] = content;
    this.entry[i] = entry;
    this.stream[i] = stream;
  }

  private grow() {
    const n = this.at.length * 2;
    const grow = <T extends Float64Array | Uint8Array | Int32Array | Int16Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.at = grow(this.at, (k) => new Float64Array(k));
    this.seq = grow(this.seq, (k) => new Float64Array(k));
    this.kind = grow(this.kind, (k) => new Uint8Array(k));
    this.content = grow(this.content, (k) => new Int32Array(k));
    this.entry = grow(this.entry, (k) => new Int32Array(k));
    this.stream = grow(this.stream, (k) => new Int16Array(k));
  }
}
