/**
 * What the canvas shows of the preview at the cursor date, cached per result and day: members of a
 * lane (receiving, paused, exhausted) and deliveries per card so far. The
 * cache keeps a thousand cards from each walking the casts again.
 */
import type { PreviewResult } from '../previewStore';
import { deliveriesBySlot, placesAt, type StreamPlaces } from './counts';

export interface LaneCounts {
  places: StreamPlaces;
  /** Deliveries (emails) and runs (programs) per content index, from the period's start to the day. */
  delivered: Map<number, number>;
}

const cache = new WeakMap<PreviewResult, Map<string, LaneCounts>>();

export function laneCounts(
  result: PreviewResult,
  streamId: string,
  day: number,
): LaneCounts | null {
  const s = result.frame.streamIds.indexOf(streamId);
  if (s < 0) return null; // a stream added since this result
  let byKey = cache.get(result);
  if (byKey === undefined) cache.set(result, (byKey = new Map()));
  const key = `${s}:${day}`;
  let counts = byKey.get(key);
  if (counts === undefined) {
    counts = {
      places: placesAt(result, s, day),
      delivered: deliveriesBySlot(result, s, day),
    };
    byKey.set(key, counts);
  }
  return counts;
}

/** The content index of an item id in the result (-1 when it is not in it). */
export function contentIndexOf(result: PreviewResult, id: string): number {
  return result.frame.contentIds.indexOf(id);
}
