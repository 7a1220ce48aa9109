/**
 * Casts that fall on public holidays: per holiday date in the simulated period with at least one
 * cast, the holidays' names and the streams casting that day (cast dates are program-zone dates;
 * a holiday is the local date in its country, so the two are compared as dates).
 */
import type { PreviewFrame } from '../../engine';
import type { PublicHoliday } from '../holidays/publicHolidays';
import type { PreviewResult } from '../previewStore';
import { castTotals } from './counts';
import { dayOfIso } from './dates';
import { castsInPeriod } from './periods';

export interface HolidayCasts {
  day: number;
  date: string;
  holidays: PublicHoliday[];
  /** Stream indices casting that day, in display order. */
  streams: number[];
  /** Every cast of that day was lost (the program was off, R6). */
  paused: boolean;
}

export function holidayCasts(
  frame: PreviewFrame,
  holidays: readonly PublicHoliday[],
): HolidayCasts[] {
  const byDay = new Map<number, PublicHoliday[]>();
  for (const h of holidays) {
    const day = dayOfIso(h.date);
    byDay.set(day, [...(byDay.get(day) ?? []), h]);
  }
  const out = new Map<number, HolidayCasts>();
  for (const c of castsInPeriod(frame)) {
    const day = frame.casts.day[c]!;
    const found = byDay.get(day);
    if (found === undefined) continue;
    const entry = out.get(day) ?? {
      day,
      date: found[0]!.date,
      holidays: found,
      streams: [],
      paused: true,
    };
    const s = frame.casts.stream[c]!;
    if (!entry.streams.includes(s)) entry.streams.push(s);
    if (frame.casts.lost[c] !== 1) entry.paused = false;
    out.set(day, entry);
  }
  return [...out.values()]
    .sort((a, b) => a.day - b.day)
    .map((e) => ({ ...e, streams: e.streams.sort((a, b) => a - b) }));
}

/** The years a frame's period covers, to ask the holiday library for. */
export function yearsOf(frame: PreviewFrame): number[] {
  const first = new Date(frame.fromDay * 86_400_000).getUTCFullYear();
  const last = new Date(frame.untilDay * 86_400_000).getUTCFullYear();
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export interface PeriodTotals {
  casts: number;
  sends: number;
}

/** Casts that went out (not lost, R6) and emails sent over the simulated period: a pause's effect. */
export function periodTotals(result: PreviewResult): PeriodTotals {
  const casts = castsInPeriod(result.frame);
  return {
    casts: casts.filter((c) => result.frame.casts.lost[c] !== 1).length,
    sends: castTotals(result, casts).sent,
  };
}
