/** Day numbers (plain dates) in the reader's language, through Intl: "4 Mar", "Tue 4 Mar 2025". */
import { dateFormat, numberFormat } from '../../wording/intl';
const MS_PER_DAY = 86_400_000;

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayOfIso(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
    MS_PER_DAY
  );
}

const format = (language: string, options: Intl.DateTimeFormatOptions) =>
  dateFormat(language, { ...options, timeZone: 'UTC' });

export const shortDate = (language: string, day: number) =>
  format(language, { day: 'numeric', month: 'short' }).format(day * MS_PER_DAY);
export const longDate = (language: string, day: number) =>
  format(language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
    day * MS_PER_DAY,
  );
/** "1 Jun 2027", "1. Juni 2027": like shortDate, with the year. */
export const mediumDate = (language: string, day: number) =>
  format(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(day * MS_PER_DAY);
export const monthName = (language: string, day: number) =>
  format(language, { month: 'long', year: 'numeric' }).format(day * MS_PER_DAY);

/** An instant on the wall clock of `zone`, in the reader's language. */
export function instantText(language: string, ms: number, zone: string): string {
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(
    ms,
  );
}

export const countText = (language: string, n: number) => numberFormat(language).format(n);
