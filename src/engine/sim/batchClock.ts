/**
 * When the batch moves (R41, semantics 22) must look at the person being simulated. A batch move's
 * filters read only the person's state, so once it has looked and left them where they are, it
 * would decide the same at every later run until something about the person changes. So a change
 * marks every batch move pending, and only the runs from the first one after the change on are
 * visited, until each pending move has looked once.
 */
import type { CompiledProgram } from '../compiled';

/** Sources of a person's timeline, in the order semantics 3 prescribes at equal instants. */
export const PHASE = { event: 0, pending: 1, batch: 2, cast: 3 } as const;
export type Phase = (typeof PHASE)[keyof typeof PHASE];

export class BatchClock {
  /** Index into `program.batchAt` of the next run that must look (valid while not stale). */
  next = 0;
  /** 1 for each stream some batch move can take people out of. */
  private readonly reads: Uint8Array;
  /** 1 for each filter kind (FILTER) some batch move reads. */
  private readonly readsKind = new Uint8Array(7);
  /** Per batch move: the change epoch it last looked at the person in (pending while older). */
  private readonly seen: Int32Array;
  private epoch = 0;
  private pendingCount = 0;
  private stale = true;

  constructor(private readonly program: CompiledProgram) {
    this.reads = new Uint8Array(program.streams.length);
    for (const b of program.batchMoves) {
      if (b.from < 0) this.reads.fill(1);
      else this.reads[b.from] = 1;
      for (const f of b.filters) this.readsKind[f.kind] = 1;
    }
    this.seen = new Int32Array(program.batchMoves.length);
  }

  /** A new person: whatever the last person's batch moves saw is stale now. */
  reset() {
    this.epoch++;
    this.pendingCount = 0;
    this.next = 0;
    this.stale = true;
  }

  /** Whether some batch move can take people out of `stream`. */
  readsStream(stream: number): boolean {
    return this.reads[stream] === 1;
  }

  /**
   * Whether some batch move reads filter kind `kind` (FILTER). A move decides on the person's
   * membership, stream and its filters only, so a change to something none of them reads (a
   * sent email without "was sent" filters, an open without "opened" filters) leaves every
   * decision as it was: the caller need not call `changed` for it.
   */
  readsFilter(kind: number): boolean {
    return this.readsKind[kind] === 1;
  }

  /** The instant of the next run that must look at a member of `stream`, or Infinity. */
  nextAt(stream: number): number {
    const at = this.program.batchAt;
    return this.pendingCount > 0 && this.reads[stream] === 1 && this.next < at.length
      ? at[this.next]!
      : Infinity;
  }

  /** Whether batch move `b` must look at the person now; it counts as having looked. */
  look(b: number): boolean {
    if (this.seen[b] === this.epoch) return false;
    this.seen[b] = this.epoch;
    this.pendingCount--;
    return true;
  }

  /**
   * Something about the person changed at (t, phase); `stream` is theirs, -1 when not a member.
   * Every batch move must look at them at its first run after the change; until then none of them
   * can decide differently. A new epoch marks them all pending at once.
   */
  changed(t: number, phase: Phase, stream: number) {
    const batches = this.seen.length;
    if (batches === 0) return;
    if (this.pendingCount !== batches) {
      this.epoch++;
      this.pendingCount = batches;
    }
    if (stream < 0 || this.reads[stream] === 0) {
      this.stale = true; // no batch move reads this stream: find the run when one does
      return;
    }
    const at = this.program.batchAt;
    const ptr = this.next;
    let lo = 0;
    let hi = at.length;
    if (!this.stale) {
      // Is the pointer already at the first run not yet passed at (t, phase)? (The usual case.)
      const before = ptr === 0 ? -Infinity : at[ptr - 1]!;
      const after = ptr === at.length ? Infinity : at[ptr]!;
      const beforePassed = before < t || (before === t && phase >= PHASE.batch);
      const afterAhead = after > t || (after === t && phase < PHASE.batch);
      if (beforePassed && afterAhead) return;
      if (beforePassed) {
        // A person's timeline only moves forward, so the run sought is usually a few runs on
        // (a daily batch, a weekly change): step there before falling back to the search.
        lo = ptr + 1;
        const stop = Math.min(hi, ptr + 16);
        while (lo < stop && (at[lo]! < t || (at[lo] === t && phase >= PHASE.batch))) lo++;
        if (lo < stop || stop === hi) {
          this.next = lo;
          return;
        }
      }
    }
    // First run after t, or at t when the change came before the batch phase.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid]! < t || (at[mid] === t && phase >= PHASE.batch)) lo = mid + 1;
      else hi = mid;
    }
    this.next = lo;
    this.stale = false;
  }
}
