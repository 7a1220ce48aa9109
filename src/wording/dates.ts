/**
 * Calendar dates (`YYYY-MM-DD`, no zone) in the reader's language. Formatted in UTC, so the date
 * shown is the date written whatever the device's zone.
 */
import { dateFormat } from './intl';

const utc = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/** "Mar 18, 2025". */
export function formatDate(language: string, iso: string): string {
  return dateFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc(iso));
}

/** A cast date with its weekday: "Tue, Mar 18, 2025". */
export function castDateLabel(language: string, iso: string): string {
  return dateFormat(language, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(utc(iso));
}

/** A window of dates, as short as the language allows: "Mar 15 – Apr 30, 2025". */
export function formatDateRange(language: string, from: string, through: string): string {
  return dateFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
    utc(from),
    utc(through),
  );
}
