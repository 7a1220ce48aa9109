/**
 * What happened on one cast day, for the canvas's tokens: each stream's members at the end of the
 * day (normal, paused, exhausted), who received which card at that day's casts, who ran dry, and
 * the moves between streams that day. All read off the result's columns (occupancy, per-entry
 * counters, move triples), so any day is as quick to show as the next: no replay.
 */
import { CAST_FIELD, CAST_FIELDS, METRIC, METRIC_COUNT } from '../../engine';
import type { PreviewResult } from '../previewStore';
import { placesAt, type StreamPlaces } from './counts';

export interface StreamScene extends StreamPlaces {
  /** The stream cast that day. */
  cast: boolean;
  /** People whose stream ran dry at that day's cast. */
  newlyExhausted: number;
  /** Receivers (emails delivered, programs run) per content index at that day's casts. */
  received: Map<number, number>;
}

export interface SceneMove {
  /** Stream indices; from -1 is a join, to -1 a removal. */
  from: number;
  to: number;
  count: number;
}

export interface CastScene {
  day: number;
  streams: StreamScene[];
  moves: SceneMove[];
}

const cache = new WeakMap<PreviewResult, Map<number, CastScene>>();

/** The scene of `day`, cached per result and day (every lane, card and edge asks for it). */
export function castScene(result: PreviewResult, day: number): CastScene {
  let byDay = cache.get(result);
  if (byDay === undefined) cache.set(result, (byDay = new Map()));
  let scene = byDay.get(day);
  if (scene === undefined) byDay.set(day, (scene = buildScene(result, day)));
  return scene;
}

function buildScene(result: PreviewResult, day: number): CastScene {
  const { frame, aggregates } = result;
  const streams: StreamScene[] = frame.streamIds.map((_, s) => ({
    ...placesAt(result, s, day),
    cast: false,
    newlyExhausted: 0,
    received: new Map(),
  }));
  for (let c = 0; c < frame.casts.count; c++) {
    if (frame.casts.day[c] !== day) continue;
    const stream = streams[frame.casts.stream[c]!]!;
    stream.cast = true;
    stream.newlyExhausted += aggregates.casts[c * CAST_FIELDS + CAST_FIELD.newlyExhausted]!;
    const start = frame.casts.entryStart[c]!;
    for (let e = start; e < start + frame.casts.entryCount[c]!; e++) {
      const base = e * METRIC_COUNT;
      const n =
        aggregates.counters[base + METRIC.delivered]! +
        aggregates.counters[base + METRIC.processed]!;
      if (n === 0) continue;
      const content = frame.casts.entryContent[e]!;
      stream.received.set(content, (stream.received.get(content) ?? 0) + n);
    }
  }
  const moves: SceneMove[] = [];
  for (let i = 0; i < aggregates.moveDay.length; i++)
    if (frame.startDay + aggregates.moveDay[i]! === day)
      moves.push({
        from: aggregates.moveFrom[i]!,
        to: aggregates.moveTo[i]!,
        count: aggregates.moveCount[i]!,
      });
  return { day, streams, moves };
}

/** How a lane's people stand at a cast day, for its tokens; the four add up to its members. */
export interface LaneStanding {
  /** On the cards they received at that day's cast. */
  onCards: number;
  /** Exhausted, gathered at the lane's end (those who ran dry receiving a card stand on it). */
  atEnd: number;
  /** Paused: shown faded. */
  paused: number;
  /** Members waiting for their next cast. */
  waiting: number;
}

export function laneStanding(stream: StreamScene): LaneStanding {
  let onCards = 0;
  for (const n of stream.received.values()) onCards += n;
  const members = stream.normal + stream.paused + stream.exhausted;
  onCards = Math.min(onCards, members - stream.paused);
  const atEnd = Math.max(0, stream.exhausted - Math.min(stream.newlyExhausted, onCards));
  const waiting = Math.max(0, members - onCards - atEnd - stream.paused);
  return { onCards, atEnd, paused: stream.paused, waiting };
}

/**
 * People moved that day along an edge into stream `to`: from stream `from`, from any stream
 * ('any': a rule without an in-stream filter), or joining (-1).
 */
export function movedAlong(scene: CastScene, from: number | 'any', to: number): number {
  let count = 0;
  for (const move of scene.moves)
    if (move.to === to && (from === 'any' ? move.from >= 0 : move.from === from))
      count += move.count;
  return count;
}
