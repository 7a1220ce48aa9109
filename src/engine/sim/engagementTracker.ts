/**
 * Attributes a person's opens, clicks and unsubscribes to the cast that delivered the email, once
 * per delivery, into the per cast-and-item counters behind the engagement index (R57). Without
 * counters (the command line) there is nothing to attribute to, so it keeps no track either.
 */
import { METRIC, METRIC_COUNT } from '../metrics';

export const ENGAGED = { open: 1, click: 2, unsubscribe: 4 } as const;

export class EngagementTracker {
  /** Per content: the counters entry of the person's latest delivery (-1: none). */
  private readonly lastEntry: Int32Array;
  private readonly engaged: Uint8Array;
  /** Contents touched for the current person, so a reset costs what was used, not all content. */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  counters: Int32Array | null = null;

  constructor(contents: number) {
    this.lastEntry = new Int32Array(contents).fill(-1);
    this.engaged = new Uint8Array(contents);
    // Each content is touched at most once per person (when its first delivery is recorded).
    this.touched = new Int32Array(contents);
  }

  reset(counters: Int32Array | null) {
    this.counters = counters;
    for (let i = 0; i < this.touchedCount; i++) {
      const c = this.touched[i]!;
      this.lastEntry[c] = -1;
      this.engaged[c] = 0;
    }
    this.touchedCount = 0;
  }

  delivered(c: number, entry: number) {
    if (this.counters === null) return;
    if (this.lastEntry[c] === -1) this.touched[this.touchedCount++] = c;
    this.lastEntry[c] = entry;
    this.engaged[c] = 0;
    this.count(entry, METRIC.delivered);
  }

  /** An open/click/unsubscribe of content `c`; counted once per delivery, and only after one. */
  engage(c: number, bit: number, metric: number) {
    if (this.counters === null) return;
    const entry = this.lastEntry[c]!;
    if (entry < 0 || (this.engaged[c]! & bit) !== 0) return;
    this.engaged[c]! |= bit;
    this.count(entry, metric);
  }

  count(entry: number, metric: number) {
    if (this.counters !== null) this.counters[entry * METRIC_COUNT + metric]!++;
  }
}
