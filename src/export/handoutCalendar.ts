/**
 * The handout's cast calendar, compact: per cast date in the previewed period, each stream's cast
 * that date with what it delivered (item and how many people), casts that reached no one left
 * out; the first `limit` dates only.
 * Read off the preview's result, as the preview's calendar does (src/simulation/derive/counts.ts).
 */
import { isoOfDay } from '../engine';
import { castTotals } from '../simulation/derive/counts';
import type { PreviewResult } from '../simulation/previewStore';

export interface HandoutCast {
  stream: string;
  /** Item name and people it reached, most first. */
  items: { name: string; count: number }[];
  blocked: number;
  lost: boolean;
}

export interface HandoutDate {
  iso: string;
  casts: HandoutCast[];
}

export function handoutCalendar(
  result: PreviewResult,
  limit: number,
): { dates: HandoutDate[]; more: number } {
  const { frame } = result;
  const byDay = new Map<number, number[]>();
  for (let c = 0; c < frame.casts.count; c++) {
    const day = frame.casts.day[c]!;
    if (day < frame.fromDay || day > frame.untilDay) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), c]);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  // Compact: a cast that reached no one and was not lost says nothing worth paper.
  const all = days
    .map((day) => ({
      iso: isoOfDay(day),
      casts: byDay
        .get(day)!
        .map((c) => {
          const totals = castTotals(result, [c]);
          return {
            stream: frame.streamNames[frame.casts.stream[c]!] ?? '',
            items: totals.items.map((i) => ({
              name: frame.contentNames[i.content] ?? '',
              count: i.count,
            })),
            blocked: totals.blocked,
            lost: frame.casts.lost[c] === 1,
          };
        })
        .filter((cast) => cast.lost || cast.items.length > 0 || cast.blocked > 0),
    }))
    .filter((date) => date.casts.length > 0);
  return { dates: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}
