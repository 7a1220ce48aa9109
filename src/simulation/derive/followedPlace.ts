/**
 * Where a followed person is at a day, read off their explanation (the steps the journey shows):
 * their stream at the end of the day, the card they received that day, paused or exhausted, and
 * the move that brought them there that day. The canvas marks their token from this.
 */
import type { ExplainStep, PreviewFrame } from '../../engine';
import { isoOfDay } from './dates';

export interface FollowedPlace {
  person: string;
  /** Stream id at the end of the day; null before joining or after removal. */
  stream: string | null;
  /** Content id received (sent, or program run) at that day's cast of their stream. */
  content: string | null;
  paused: boolean;
  exhausted: boolean;
  /** A move that day: stream ids (from null: joined). */
  moved: { from: string | null; to: string } | null;
}

/** Steps up to the end of `day` (program zone: the frame's day starts) decide the place. */
export function followedPlace(
  person: string,
  steps: readonly ExplainStep[],
  frame: PreviewFrame,
  day: number,
): FollowedPlace {
  const index = Math.min(frame.dayStart.length - 1, Math.max(0, day - frame.startDay + 1));
  const end = frame.dayStart[index]!;
  const start = frame.dayStart[Math.max(0, index - 1)]!;
  const iso = isoOfDay(day);
  const place: FollowedPlace = {
    person,
    stream: null,
    content: null,
    paused: false,
    exhausted: false,
    moved: null,
  };
  for (const step of steps) {
    const at = Date.parse(step.at);
    if (at >= end) break;
    if (step.kind === 'move') {
      place.stream = step.to;
      place.exhausted = false; // a new stream: exhausted is that stream's to say
      if (at >= start) place.moved = { from: step.from, to: step.to };
    } else if (step.kind === 'remove') place.stream = null;
    else if (step.kind === 'event' && step.effective && /^(pause|resume)$/.test(step.type))
      place.paused = step.type === 'pause';
    else if (step.kind === 'cast' && step.stream === place.stream) {
      place.paused = step.status === 'paused';
      place.exhausted = step.exhausted;
      if (step.castDate === iso) {
        const got = step.items.find((i) => i.verdict === 'sent' || i.verdict === 'programRan');
        place.content = got?.content ?? null;
      }
    }
  }
  return place;
}
