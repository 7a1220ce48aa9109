/**
 * Time-zone conversions through the Temporal polyfill, never by adding hours: a wall-clock time in
 * a zone becomes an instant with Temporal's `compatible` disambiguation (a time in a DST gap moves
 * forward by the gap, one in an overlap takes the earlier instant: spec, semantics 1).
 * Results are memoised: a simulation converts the same few wall-clock times many times.
 */
import { Temporal } from 'temporal-polyfill';
import { MS_PER_DAY, MS_PER_MINUTE, isoOfDay } from './days';

const localCache = new Map<string, number>();
const dayCache = new Map<string, number>();
const CACHE_LIMIT = 200_000;

/** The instant of `day` at `minutes` after midnight (and `seconds`) on the wall clock of `zone`. */
export function zonedInstant(zone: string, day: number, minutes: number, seconds = 0): number {
  const key = `${zone}|${day}|${minutes}|${seconds}`;
  let ms = localCache.get(key);
  if (ms === undefined) {
    const date = Temporal.PlainDate.from(isoOfDay(day));
    const zdt = date
      .toPlainDateTime({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: seconds })
      .toZonedDateTime(zone, { disambiguation: 'compatible' });
    ms = zdt.epochMilliseconds;
    if (localCache.size > CACHE_LIMIT) localCache.clear();
    localCache.set(key, ms);
  }
  return ms;
}

/** The day number of the calendar date `ms` falls on in `zone`. */
export function dayInZone(zone: string, ms: number): number {
  // Offsets are whole minutes in every zone the database has used since 1972; key by minute.
  const minute = Math.floor(ms / MS_PER_MINUTE);
  const key = `${zone}|${minute}`;
  let day = dayCache.get(key);
  if (day === undefined) {
    const date = Temporal.Instant.fromEpochMilliseconds(minute * MS_PER_MINUTE)
      .toZonedDateTimeISO(zone)
      .toPlainDate();
    day = Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
    if (dayCache.size > CACHE_LIMIT) dayCache.clear();
    dayCache.set(key, day);
  }
  return day;
}

/** The first instant of `day` in `zone` (midnight, or the first valid time after a gap). */
export function startOfDayInZone(zone: string, day: number): number {
  return Temporal.PlainDate.from(isoOfDay(day)).toZonedDateTime({ timeZone: zone })
    .epochMilliseconds;
}

const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))?$/;

/**
 * A scenario date-time to an instant: `YYYY-MM-DDTHH:mm[:ss]` is wall-clock time in `zone`; with `Z`
 * or an offset it is absolute (spec: Times). The string must already be validated.
 */
export function parseDateTime(value: string, zone: string): number {
  const m = DATE_TIME_RE.exec(value);
  if (!m) throw new Error(`not a date-time: ${value}`);
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (m[7] === undefined) {
    return zonedInstant(
      zone,
      Date.UTC(year, month - 1, day) / MS_PER_DAY,
      hour * 60 + minute,
      second,
    );
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (m[7] === 'Z') return utc;
  const sign = m[8] === '-' ? -1 : 1;
  return utc - sign * (Number(m[9]) * 60 + Number(m[10])) * MS_PER_MINUTE;
}

/** `YYYY-MM-DD HH:mm` on the wall clock of `zone`, for people reading explanations. */
export function wallClock(zone: string, ms: number): string {
  const zdt = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
  return `${zdt.toPlainDate().toString()} ${zdt.toPlainTime().toString({ smallestUnit: 'minute' })}`;
}
