/** Weekday names in the reader's language, from Intl (2023-01-01 was a Sunday). */
import { WEEKDAYS, type Weekday } from '../model';

export function weekdayLabel(language: string, day: Weekday, style: 'short' | 'long' = 'long') {
  const date = new Date(Date.UTC(2023, 0, 1 + WEEKDAYS.indexOf(day)));
  return new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(date);
}

/** A cast date with its weekday: "Tue, Mar 18, 2025". */
export function castDateLabel(language: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
