/** Weekday names in the reader's language, from Intl (2023-01-01 was a Sunday). */
import { WEEKDAYS, type Weekday } from '../model';

export function weekdayLabel(language: string, day: Weekday, style: 'short' | 'long' = 'long') {
  const date = new Date(Date.UTC(2023, 0, 1 + WEEKDAYS.indexOf(day)));
  return new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(date);
}
