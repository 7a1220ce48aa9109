/** Weekday names in the reader's language, from Intl (2023-01-01 was a Sunday). */
import { WEEKDAYS, type Weekday } from '../model';
import { dateFormat } from './intl';

export function weekdayLabel(language: string, day: Weekday, style: 'short' | 'long' = 'long') {
  const date = new Date(Date.UTC(2023, 0, 1 + WEEKDAYS.indexOf(day)));
  return dateFormat(language, { weekday: style, timeZone: 'UTC' }).format(date);
}
