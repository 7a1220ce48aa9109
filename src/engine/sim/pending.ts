/**
 * A person's pending happenings that were decided earlier but happen later: deliveries under
 * recipient time zone, and sampled opens, clicks and unsubscribes (spec: behavior). A binary heap
 * on (instant, decision order), so same-instant items keep the order their sends were decided in
 * (semantics 3). Reused across people; grows on demand. An item's fields lie side by side in two
 * arrays rather than in six, so a heap step touches two places in memory, not six.
 */
export const PENDING = { deliver: 0, open: 1, click: 2, unsubscribe: 3 } as const;
export type PendingKind = (typeof PENDING)[keyof typeof PENDING];

export class PendingQueue {
  /** Per item: instant and decision order, side by side (an item's are read together). */
  private times = new Float64Array(2 * 16);
  /** Per item: kind, content, entry and stream, side by side. */
  private fields = new Int32Array(4 * 16);
  private capacity = 16;
  size = 0;
  private counter = 0;

  clear() {
    this.size = 0;
    this.counter = 0;
  }

  /** Next instant, or Infinity when empty. */
  peekAt(): number {
    return this.size > 0 ? this.times[0]! : Infinity;
  }

  push(at: number, kind: PendingKind, content: number, entry: number, stream: number) {
    if (this.size === this.capacity) this.grow();
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
    const times = this.times;
    const fields = this.fields;
    out.at = times[0]!;
    out.kind = fields[0] as PendingKind;
    out.content = fields[1]!;
    out.entry = fields[2]!;
    out.stream = fields[3]!;
    const last = --this.size;
    if (last === 0) return;
    const at = times[2 * last]!;
    const seq = times[2 * last + 1]!;
    const kind = fields[4 * last] as PendingKind;
    const content = fields[4 * last + 1]!;
    const entry = fields[4 * last + 2]!;
    const stream = fields[4 * last + 3]!;
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
    const other = this.times[2 * j]!;
    return at < other || (at === other && seq < this.times[2 * j + 1]!);
  }

  private lessThan(i: number, j: number): boolean {
    return this.before(this.times[2 * i]!, this.times[2 * i + 1]!, j);
  }

  private copy(from: number, to: number) {
    const times = this.times;
    const fields = this.fields;
    times[2 * to] = times[2 * from]!;
    times[2 * to + 1] = times[2 * from + 1]!;
    fields[4 * to] = fields[4 * from]!;
    fields[4 * to + 1] = fields[4 * from + 1]!;
    fields[4 * to + 2] = fields[4 * from + 2]!;
    fields[4 * to + 3] = fields[4 * from + 3]!;
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
    this.times[2 * i] = at;
    this.times[2 * i + 1] = seq;
    this.fields[4 * i] = kind;
    this.fields[4 * i + 1] = content;
    this.fields[4 * i + 2] = entry;
    this.fields[4 * i + 3] = stream;
  }

  private grow() {
    this.capacity *= 2;
    const times = new Float64Array(2 * this.capacity);
    times.set(this.times);
    this.times = times;
    const fields = new Int32Array(4 * this.capacity);
    fields.set(this.fields);
    this.fields = fields;
  }
}
