/**
 * The days playback steps through: every day in the period with a cast of any stream, or of one
 * stream, read off the frame's cast columns. Stepping back is a lookup in this list, never a replay.
 */
import type { PreviewFrame } from '../../engine';

/** Days (ascending, each once) with a cast in the period; `stream` -1 for any stream. */
export function castDays(frame: PreviewFrame, stream = -1): number[] {
  const days: number[] = [];
  for (let c = 0; c < frame.casts.count; c++) {
    const day = frame.casts.day[c]!;
    if (day < frame.fromDay || day > frame.untilDay) continue;
    if (stream >= 0 && frame.casts.stream[c] !== stream) continue;
    if (days[days.length - 1] !== day) days.push(day); // casts are in time order
  }
  return days;
}

/** The cast day after (direction 1) or before (-1) `day`, or undefined at either end. */
export function stepDay(
  days: readonly number[],
  day: number,
  direction: 1 | -1,
): number | undefined {
  return direction === 1 ? days.find((d) => d > day) : days.findLast((d) => d < day);
}

/** Position of `day` among the cast days: the last at or before it (0 before the first). */
export function castPosition(days: readonly number[], day: number): number {
  let position = 0;
  for (let i = 0; i < days.length && days[i]! <= day; i++) position = i;
  return position;
}
