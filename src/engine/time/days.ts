/**
 * Calendar dates as day numbers (days since 1970-01-01, a plain date with no zone), so the cast
 * calendar is integer arithmetic. Zone-aware conversions live in zones.ts.
 */
export const MS_PER_DAY = 86_400_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_MINUTE = 60_000;

/** `YYYY-MM-DD` to its day number. The string must already be validated. */
export function dayOf(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
    MS_PER_DAY
  );
}

export function dayFromParts(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export interface YearMonth {
  year: number;
  month: number;
}

export function yearMonthOf(day: number): YearMonth {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `HH:mm` to minutes after midnight. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** An instant as the output format writes it: `2025-03-04T14:00:00Z`. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}
