/**
 * The simulated engagement index (R57) of a preview result: the same computation as the command
 * line's (engagement.ts), read off the frame's cast index instead of a compiled plan, so the main
 * thread can score items from a result without the plan (which stays in the workers).
 */
import {
  DEFAULT_BENCHMARKS,
  itemEngagement,
  type Benchmarks,
  type EngagementSource,
  type ItemEngagement,
} from '../engagement';
import type { PreviewFrame } from './types';

/** The frame as an engagement source: each stream's items and its casts, in time order. */
export function frameEngagementSource(frame: PreviewFrame): EngagementSource {
  const casts = frame.casts;
  const streams = frame.streamIds.map((id, s) => ({
    id,
    slotContent: Array.from(frame.slotContent.subarray(frame.slotBase[s]!, frame.slotBase[s + 1]!)),
    casts: [] as { at: number; entryStart: number; entryCount: number }[],
  }));
  // The cast index is in time order, so each stream's list is too.
  for (let c = 0; c < casts.count; c++)
    streams[casts.stream[c]!]!.casts.push({
      at: casts.at[c]!,
      entryStart: casts.entryStart[c]!,
      entryCount: casts.entryCount[c]!,
    });
  return {
    contentIds: frame.contentIds,
    isEmail: frame.isEmail,
    entryContent: casts.entryContent,
    streams,
  };
}

/** The end of the simulated period: the start of the day after `until` (program zone). */
export const frameEndAt = (frame: PreviewFrame): number =>
  frame.dayStart[frame.dayStart.length - 1]!;

/**
 * Per stream item (streams in order, each stream's items in the file's order), its casts and index
 * as of `asOf` (default: the end of the simulated period), from a result's per-entry counters.
 */
export function frameEngagement(
  frame: PreviewFrame,
  counters: Int32Array,
  asOf: number = frameEndAt(frame),
  benchmarks: Benchmarks = DEFAULT_BENCHMARKS,
): ItemEngagement[] {
  return itemEngagement(frameEngagementSource(frame), counters, asOf, benchmarks);
}
