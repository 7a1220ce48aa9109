/**
 * How the history names a version's time, in the UI language: the full date and time (to the
 * second, since versions can be seconds apart) and how long ago, in any unit up to years. The
 * library's relativeTime stops at a week because it shows no date beside it; here the date is
 * always shown, so "3 weeks ago" adds to it instead of repeating it.
 */
const SECOND = 1000;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600 * SECOND],
  ['month', 30 * 24 * 3600 * SECOND],
  ['week', 7 * 24 * 3600 * SECOND],
  ['day', 24 * 3600 * SECOND],
  ['hour', 3600 * SECOND],
  ['minute', 60 * SECOND],
];

export function versionTime(time: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' }).format(time);
}

/** "5 minutes ago", "yesterday", "3 weeks ago"; null under a minute (the caller says "just now"). */
export function versionAgo(time: number, now: number, locale: string): string | null {
  const ago = Math.max(0, now - time);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (ago >= size) return rtf.format(-Math.floor(ago / size), unit);
  }
  return null;
}
