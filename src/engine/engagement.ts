/**
 * The simulated engagement index (R56-R57): never labelled as Marketo's score, computed per stream
 * item from its last three casts (with deliveries) that ended at least 72 hours before the moment
 * asked about. Emails: 50 + 100 x (0.25 (open - 0.20) + (click - 0.03) - 5 (unsub - 0.002)),
 * clamped to 0..100, with the benchmarks configurable. Program items: 100 x success / processed;
 * the simulator never sets program success by itself (R53), so their index is null.
 * It reads a run through a small structural source (`EngagementSource`) that a compiled plan and a
 * preview frame (preview/engagement.ts) both provide, so there is one formula for both.
 */
import type { SimulationPlan } from './compile';
import { METRIC, METRIC_COUNT } from './metrics';
import { MS_PER_HOUR, formatInstant } from './time/days';

export interface Benchmarks {
  open: number;
  click: number;
  unsubscribe: number;
}
export const DEFAULT_BENCHMARKS: Benchmarks = { open: 0.2, click: 0.03, unsubscribe: 0.002 };
/** R57: fewer deliveries than this in the window earn a "low volume" badge. */
export const LOW_VOLUME = 30;
/** R57: the trend arrow needs a change of at least this much. */
export const TREND_STEP = 3;
const SCORE_DELAY = 72 * MS_PER_HOUR;
const WINDOW = 3;

export interface CastCounts {
  at: number;
  delivered: number;
  opened: number;
  clicked: number;
  unsubscribed: number;
  processed: number;
  qualified: number;
}

export interface ItemEngagement {
  stream: string;
  content: string;
  type: 'email' | 'program';
  /** Every cast of this item that reached someone, oldest first. */
  casts: (Omit<CastCounts, 'at'> & { at: string })[];
  index: number | null;
  previousIndex: number | null;
  trend: 'up' | 'down' | 'flat' | null;
  /** Deliveries (emails) or people processed (programs) in the index's window. */
  volume: number;
  lowVolume: boolean;
}

export function emailIndex(
  c: Omit<CastCounts, 'at'>,
  b: Benchmarks = DEFAULT_BENCHMARKS,
): number | null {
  if (c.delivered === 0) return null;
  const open = c.opened / c.delivered;
  const click = c.clicked / c.delivered;
  const unsub = c.unsubscribed / c.delivered;
  const raw = 50 + 100 * (0.25 * (open - b.open) + (click - b.click) - 5 * (unsub - b.unsubscribe));
  return Math.min(100, Math.max(0, Math.round(raw)));
}

function sum(casts: CastCounts[]): Omit<CastCounts, 'at'> {
  const total = {
    delivered: 0,
    opened: 0,
    clicked: 0,
    unsubscribed: 0,
    processed: 0,
    qualified: 0,
  };
  for (const c of casts) {
    total.delivered += c.delivered;
    total.opened += c.opened;
    total.clicked += c.clicked;
    total.unsubscribed += c.unsubscribed;
    total.processed += c.processed;
    total.qualified += c.qualified;
  }
  return total;
}

/**
 * What the index needs to know of a run, whoever holds it (a compiled plan, a preview frame): per
 * stream its items and its casts in time order, each cast's program-wide entries (the items
 * eligible then, as the per-entry counters number them) and what content each entry is.
 */
export interface EngagementSource {
  contentIds: readonly string[];
  isEmail: ArrayLike<number>;
  /** Content index of every program-wide entry. */
  entryContent: ArrayLike<number>;
  streams: readonly EngagementStream[];
}

export interface EngagementStream {
  id: string;
  /** Content of the stream's items, in the stream's order. */
  slotContent: readonly number[];
  /** The stream's casts in time order: instant and the range of its entries. */
  casts: readonly { at: number; entryStart: number; entryCount: number }[];
}

/** A compiled plan as an engagement source. */
export function planEngagementSource(plan: SimulationPlan): EngagementSource {
  const { program } = plan;
  const entryContent = new Int32Array(program.totalEntries);
  for (const s of program.streams)
    s.casts.eligContent.forEach((content, e) => (entryContent[s.entryBase + e] = content));
  return {
    contentIds: program.contentIds,
    isEmail: program.isEmail,
    entryContent,
    streams: program.streams.map((stream) => ({
      id: stream.id,
      slotContent: stream.slots.map((slot) => slot.content),
      casts: Array.from({ length: stream.casts.count }, (_, k) => ({
        at: stream.casts.at[k]!,
        entryStart: stream.entryBase + stream.casts.eligStart[k]!,
        entryCount: stream.casts.eligStart[k + 1]! - stream.casts.eligStart[k]!,
      })),
    })),
  };
}

/** Per stream item, its casts and index as of `asOf` (default: the end of the simulated period). */
export function engagementReport(
  plan: SimulationPlan,
  counters: Int32Array,
  asOf: number = plan.range.endAt,
  benchmarks: Benchmarks = DEFAULT_BENCHMARKS,
): ItemEngagement[] {
  return itemEngagement(planEngagementSource(plan), counters, asOf, benchmarks);
}

/**
 * Per stream item (streams in order, each stream's items in order), its casts and index as of
 * `asOf`, from the per-entry counters (METRIC) of a run over `source`.
 */
export function itemEngagement(
  source: EngagementSource,
  counters: ArrayLike<number>,
  asOf: number,
  benchmarks: Benchmarks = DEFAULT_BENCHMARKS,
): ItemEngagement[] {
  const report: ItemEngagement[] = [];
  for (const stream of source.streams) {
    const perContent = new Map<number, CastCounts[]>();
    for (const cast of stream.casts) {
      for (let e = cast.entryStart; e < cast.entryStart + cast.entryCount; e++) {
        const base = e * METRIC_COUNT;
        const counts: CastCounts = {
          at: cast.at,
          delivered: counters[base + METRIC.delivered]!,
          opened: counters[base + METRIC.opened]!,
          clicked: counters[base + METRIC.clicked]!,
          unsubscribed: counters[base + METRIC.unsubscribed]!,
          processed: counters[base + METRIC.processed]!,
          qualified: counters[base + METRIC.qualified]!,
        };
        if (counts.delivered === 0 && counts.processed === 0) continue;
        const content = source.entryContent[e]!;
        let list = perContent.get(content);
        if (list === undefined) perContent.set(content, (list = []));
        list.push(counts);
      }
    }
    for (const content of stream.slotContent) {
      const history = perContent.get(content) ?? [];
      const isEmail = source.isEmail[content] === 1;
      const scored = history.filter((c) => c.at + SCORE_DELAY <= asOf);
      const window = sum(scored.slice(-WINDOW));
      const index = isEmail ? emailIndex(window, benchmarks) : null;
      const previousIndex =
        isEmail && scored.length > 1
          ? emailIndex(sum(scored.slice(-WINDOW - 1, -1)), benchmarks)
          : null;
      const volume = isEmail ? window.delivered : window.processed;
      report.push({
        stream: stream.id,
        content: source.contentIds[content]!,
        type: isEmail ? 'email' : 'program',
        casts: history.filter((c) => c.at < asOf).map((c) => ({ ...c, at: formatInstant(c.at) })),
        index,
        previousIndex,
        trend:
          index === null || previousIndex === null
            ? null
            : index - previousIndex >= TREND_STEP
              ? 'up'
              : previousIndex - index >= TREND_STEP
                ? 'down'
                : 'flat',
        volume,
        lowVolume: volume < LOW_VOLUME,
      });
    }
  }
  return report;
}
