/**
 * Dates and times as typed and shown in the app's language, not the browser's: the day, month and
 * year in the order and with the separator the language writes them (03/04/2025, 04.03.2025,
 * 04/03/2025), times on the 24-hour clock the canvas shows (09:30). The document keeps ISO dates
 * (YYYY-MM-DD) and local times (HH:mm); these functions go between the two. Pure.
 */

/** The dates a field accepts unless it says otherwise: one century, as long as a simulation. */
export const DATE_MIN = '2000-01-01';
export const DATE_MAX = '2099-12-31';

export type DatePart = 'day' | 'month' | 'year';

export interface DatePattern {
  /** The parts in the language's order. */
  order: readonly DatePart[];
  /** What stands between them: "/", ".", "-". */
  separator: string;
}

const patterns = new Map<string, DatePattern>();

export function datePattern(language: string): DatePattern {
  let pattern = patterns.get(language);
  if (pattern === undefined) {
    const parts = new Intl.DateTimeFormat(language, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(Date.UTC(2025, 10, 22));
    const order = parts
      .map((p) => p.type)
      .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
    const separator = parts.find((p) => p.type === 'literal')?.value.trim() || '/';
    pattern = { order, separator };
    patterns.set(language, pattern);
  }
  return pattern;
}

/** "03/04/2025" for 2025-03-04 in English; '' for ''. */
export function formatDateText(language: string, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return iso;
  const value = { year: match[1]!, month: match[2]!, day: match[3]! };
  const { order, separator } = datePattern(language);
  return order.map((part) => value[part]).join(separator);
}

export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Not the shape of a date: wrong count of numbers, or a year not written with 4 digits. */
  | { kind: 'format' }
  /** The shape of a date, but no such day (31/02/2025, month 13). */
  | { kind: 'invalid' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A real calendar day (no 2025-02-30), year 1 or later. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads what was typed: the language's order (any non-digit separates), 8 digits in a row in that
 * order (04032025), or an ISO date (2025-03-04, as files and other tools write it).
 */
export function parseDateText(language: string, text: string): DateReading {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const { order } = datePattern(language);
  let numbers: string[];
  if (iso) numbers = [iso[1]!, iso[2]!, iso[3]!];
  else if (/^\d{8}$/.test(typed)) {
    let at = 0;
    numbers = order.map((part) => {
      const width = part === 'year' ? 4 : 2;
      at += width;
      return typed.slice(at - width, at);
    });
  } else numbers = typed.split(/\D+/).filter(Boolean);
  if (numbers.length !== 3 || /[^\d\s./\-,]/.test(typed)) return { kind: 'format' };
  const at = (part: DatePart) =>
    numbers[iso ? ['year', 'month', 'day'].indexOf(part) : order.indexOf(part)]!;
  if (at('year').length !== 4 || at('month').length > 2 || at('day').length > 2)
    return { kind: 'format' };
  const [year, month, day] = [Number(at('year')), Number(at('month')), Number(at('day'))];
  return isCalendarDate(year, month, day)
    ? { kind: 'date', iso: `${at('year')}-${pad(month)}-${pad(day)}` }
    : { kind: 'invalid' };
}

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
const isoOf = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** `iso` moved by whole days, or by months (the day kept, or the month's last day). */
export function stepDate(iso: string, by: { days?: number; months?: number }): string {
  if (by.months) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const index = y * 12 + (m - 1) + by.months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
  }
  return isoOf(dayOf(iso) + (by.days ?? 0));
}

export type TimeReading = { kind: 'empty' } | { kind: 'time'; time: string } | { kind: 'invalid' };

/**
 * Reads a time on the 24-hour clock: 9:30, 09.30, 9h30, 0930, 930, or an hour alone (9 is 09:00).
 */
export function parseTimeText(text: string): TimeReading {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  const match =
    /^(\d{1,2})(?:\s*[:.hH]\s*(\d{2}))?$/.exec(typed) ?? /^(\d{1,2})(\d{2})$/.exec(typed);
  if (match === null) return { kind: 'invalid' };
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  if (hours > 23 || minutes > 59) return { kind: 'invalid' };
  return { kind: 'time', time: `${pad(hours)}:${pad(minutes)}` };
}

/** A time moved by minutes, round the clock. */
export function stepTime(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
