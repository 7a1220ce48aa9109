/**
 * Members over time, read off the end-of-day occupancy (days x streams x PLACES): per stream, or one
 * stream split into receiving / paused / exhausted, and the exhausted members per stream. One value
 * per bucket (the members at the end of its last day): O(buckets x streams), never O(people).
 */
import { PLACE, PLACES, type PreviewFrame } from '../../engine';
import type { PreviewResult } from '../../simulation/previewStore';
import { buckets, timeResolution, type Bucket } from './chartPeriods';

export type Place = 'all' | keyof typeof PLACE;

export interface Series {
  /** The data key of the series in the chart rows. */
  key: string;
  stream: number;
  place: Place;
}

export interface TimeSeries {
  resolution: 'day' | 'week';
  buckets: Bucket[];
  series: Series[];
  /** values[bucket][series]. */
  values: number[][];
}

/** A chart row: the bucket's last day (the x value) and one number per series key. */
export type TimeRow = { day: number; first: number } & Record<string, number>;

const PLACE_KEYS = ['normal', 'paused', 'exhausted'] as const;

function at(frame: PreviewFrame, occupancy: Int32Array, day: number, s: number, place: Place) {
  const base = ((day - frame.startDay) * frame.streamIds.length + s) * PLACES;
  if (place !== 'all') return occupancy[base + PLACE[place]]!;
  return occupancy[base]! + occupancy[base + 1]! + occupancy[base + 2]!;
}

function sample(result: PreviewResult, series: Series[]): TimeSeries {
  const { frame, aggregates } = result;
  const resolution = timeResolution(frame);
  const list = buckets(frame, resolution);
  const values = list.map((b) =>
    series.map((x) => at(frame, aggregates.occupancy, b.last, x.stream, x.place)),
  );
  return { resolution, buckets: list, series, values };
}

/** Members per stream in lane order; with `split`, that stream's members by state instead. */
export function membersOverTime(result: PreviewResult, split: number | null): TimeSeries {
  const streams = result.frame.streamIds.length;
  const series: Series[] =
    split !== null && split >= 0 && split < streams
      ? PLACE_KEYS.map((place) => ({ key: `s${split}-${place}`, stream: split, place }))
      : Array.from({ length: streams }, (_, s) => ({ key: `s${s}`, stream: s, place: 'all' }));
  return sample(result, series);
}

/** Exhausted members per stream, for the streams where anyone was exhausted at a sampled day. */
export function exhaustedOverTime(result: PreviewResult): TimeSeries {
  const all = result.frame.streamIds.map((_, s): Series => ({
    key: `s${s}`,
    stream: s,
    place: 'exhausted',
  }));
  const sampled = sample(result, all);
  const keep = all.map((_, j) => j).filter((j) => sampled.values.some((row) => row[j]! > 0));
  return {
    ...sampled,
    series: keep.map((j) => all[j]!),
    values: sampled.values.map((row) => keep.map((j) => row[j]!)),
  };
}

export const isEmptySeries = (ts: TimeSeries) =>
  ts.values.every((row) => row.every((v) => v === 0));

export function timeRows(ts: TimeSeries): TimeRow[] {
  return ts.buckets.map((b, i) => {
    const row = { day: b.last, first: b.first } as TimeRow;
    ts.series.forEach((x, j) => (row[x.key] = ts.values[i]![j]!));
    return row;
  });
}
