/**
 * Scalar building blocks of the scenario format: dates, times, instants, zones, weekdays and the
 * attribute values people carry. Each validator names what it expected, so a bad file can be fixed
 * from the message alone.
 */
import './jitless'; // first: zod's settings before any schema is built
import { z } from 'zod';
import type { MessageCode } from './messages';
import { expecting } from './zodIssues';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

/** True for a real calendar date written `YYYY-MM-DD` (so 2025-02-30 is rejected). */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLocalTime(value: string): boolean {
  return TIME_RE.test(value);
}

export function isDateTime(value: string): boolean {
  const m = DATE_TIME_RE.exec(value);
  return m !== null && isIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
}

const zoneCache = new Map<string, boolean>();
/** An IANA zone name the runtime's time-zone database knows (`Europe/Berlin`, `UTC`). */
export function isTimeZone(value: string): boolean {
  let known = zoneCache.get(value);
  if (known === undefined) {
    // Offsets such as "+01:00" are not zone names: they have no daylight-saving rules.
    known = /^[A-Za-z]/.test(value) && canFormatIn(value);
    zoneCache.set(value, known);
  }
  return known;
}

function canFormatIn(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A string schema whose type error and format error both name the same expectation. */
const formatted = (expected: MessageCode, test: (value: string) => boolean) =>
  z.string({ error: expecting(expected) }).refine(test, expecting(expected));

export const IsoDate = formatted('date', isIsoDate);
export const LocalTime = formatted('localTime', isLocalTime);
export const DateTime = formatted('dateTime', isDateTime);
export const TimeZone = formatted('timeZone', isTimeZone);
export const WeekdaySchema = z.enum(WEEKDAYS);
export const Id = z.string({ error: expecting('id') }).min(1, expecting('id'));

/** Attribute and filter values are scalars (spec, semantics 25). */
export const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()], {
  error: expecting('scalar'),
});
export type Scalar = z.infer<typeof Scalar>;

export const Probability = z
  .number()
  .min(0, expecting('probability'))
  .max(1, expecting('probability'));
