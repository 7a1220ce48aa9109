/**
 * An event in words for the Script table: when (the wall-clock time in the program's zone as
 * written; a date-time with Z or an offset as entered, marked absolute), who, what and the details.
 */
import type { TFunction } from 'i18next';
import { isDateTime, isProgramEdit, type ScenarioEvent } from '../../model';
import { eventInstant } from '../../document/ops/events';
import type { Names } from '../../wording/names';
import { scalarText } from './scalarText';
import { itemLabel } from '../../wording/itemLabel';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of `timeZone` (UTC: the parts are the wall clock already, no conversion). */
function wallClockFormat(
  language: string,
  seconds: boolean,
  timeZone = 'UTC',
): Intl.DateTimeFormat {
  const key = `${language}|${seconds}|${timeZone}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23', // as times are typed and shown on the canvas: 09:00, 14:30
      ...(seconds ? { second: '2-digit' } : {}),
      timeZone,
    });
    formats.set(key, format);
  }
  return format;
}

export interface WhenText {
  text: string;
  /** A fixed instant (Z or an offset); `local` is then that instant in the program's zone. */
  absolute: boolean;
  local?: string;
}

export function whenText(language: string, at: string, zone: string): WhenText {
  const m = LOCAL.exec(at);
  if (m !== null && isDateTime(at)) {
    const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
    const ms = Date.UTC(y!, mo! - 1, d, h, mi, m[6] === undefined ? 0 : Number(m[6]));
    return { text: wallClockFormat(language, m[6] !== undefined).format(ms), absolute: false };
  }
  if (!isDateTime(at)) return { text: at, absolute: false };
  const local = wallClockFormat(language, /:\d\d:\d\d/.test(at), zone).format(
    eventInstant(at, zone),
  );
  return { text: at, absolute: true, local };
}

export const whoText = (t: TFunction, event: ScenarioEvent): string =>
  isProgramEdit(event) ? t('preview.script.program') : event.person;

export const whatText = (t: TFunction, event: ScenarioEvent) =>
  t(`preview.script.types.${event.type}`);

/** The event's own fields in words ("into Early", "score = 50", "E2 “Offer”"). */
export function detailsText(
  t: TFunction,
  language: string,
  event: ScenarioEvent,
  names: Names,
  firstStream: string | undefined,
): string {
  switch (event.type) {
    case 'add':
      if (event.stream !== undefined)
        return t('preview.script.details.into', { stream: names.stream(event.stream) });
      return firstStream === undefined
        ? t('preview.script.details.intoFirstNone')
        : t('preview.script.details.intoFirst', { stream: names.stream(firstStream) });
    case 'move':
      return t('preview.script.details.to', { stream: names.stream(event.stream) });
    case 'set':
      return `${event.attribute} = ${scalarText(event.value)}`;
    case 'fillsOutForm':
      return t('preview.script.details.form', { form: event.form });
    case 'opens':
    case 'clicks':
    case 'activate':
    case 'deactivate':
      return itemLabel(language, event.content, names.content(event.content));
    case 'externalEmail':
      return event.operational === true
        ? t('preview.script.details.operational')
        : t('preview.script.details.counted');
    case 'reorder':
      return `${names.stream(event.stream)}: ${event.order.join(', ')}`;
    case 'programStatus':
      return t(`preview.script.details.status.${event.status}`);
    default:
      return '';
  }
}
