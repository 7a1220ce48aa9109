/**
 * The cadence form as the user fills it in (R17-R24), and the cadence it stands for. The draft keeps
 * every field of every type, so switching weekly -> monthly -> weekly keeps the date, time and
 * pattern; only a complete, valid draft becomes the stream's cadence.
 */
import { dayOf, isoOfDay } from '../engine';
import { isIsoDate, isLocalTime, WEEKDAYS, type Cadence, type Weekday } from '../model';
import { parseWhole } from './parse';

export type Nth = 1 | 2 | 3 | 4;

export interface CadenceDraft {
  type: Cadence['type'];
  firstCast: string;
  time: string;
  recipientTimeZone: boolean;
  every: string;
  weekdays: Weekday[];
  monthlyBy: 'day' | 'nth';
  dayOfMonth: string;
  n: Nth;
  weekday: Weekday;
}

/** What is wrong with a field, by field. */
export type CadenceProblems = Partial<
  Record<'firstCast' | 'time' | 'every' | 'weekdays' | 'dayOfMonth', true>
>;

export type Built = { ok: true; cadence: Cadence } | { ok: false; problems: CadenceProblems };

export const DEFAULT_CAST_TIME = '09:00';

const weekdayOfIso = (iso: string): Weekday => WEEKDAYS[(((dayOf(iso) + 4) % 7) + 7) % 7]!;

/** Patterns that agree with a first cast on `iso`: its weekday, its day, its nth weekday. */
function patternsFor(iso: string): Pick<CadenceDraft, 'weekdays' | 'dayOfMonth' | 'n' | 'weekday'> {
  const day = Number(iso.slice(8, 10));
  return {
    weekdays: [weekdayOfIso(iso)],
    dayOfMonth: String(day),
    n: Math.min(4, Math.ceil(day / 7)) as Nth,
    weekday: weekdayOfIso(iso),
  };
}

/** The form for `cadence`; fields the cadence lacks come from `previous`, else from tomorrow. */
export function draftOf(
  cadence: Cadence | undefined,
  today: string,
  previous?: CadenceDraft,
): CadenceDraft {
  const tomorrow = isoOfDay(dayOf(today) + 1);
  const base: CadenceDraft = previous ?? {
    type: 'none',
    firstCast: tomorrow,
    time: DEFAULT_CAST_TIME,
    recipientTimeZone: false,
    every: '1',
    monthlyBy: 'day',
    ...patternsFor(tomorrow),
  };
  if (cadence === undefined || cadence.type === 'none') return { ...base, type: 'none' };
  const common = {
    ...base,
    ...(previous ? {} : patternsFor(cadence.firstCast)),
    type: cadence.type,
    firstCast: cadence.firstCast,
    time: cadence.time,
    recipientTimeZone: cadence.recipientTimeZone === true,
    every: String(cadence.every),
  };
  if (cadence.type === 'weekly') return { ...common, weekdays: [...cadence.weekdays] };
  if (cadence.dayOfMonth !== undefined)
    return { ...common, monthlyBy: 'day', dayOfMonth: String(cadence.dayOfMonth) };
  const nth = cadence.nthWeekday!;
  return { ...common, monthlyBy: 'nth', n: nth.n as Nth, weekday: nth.weekday };
}

const KNOWN = new Set([
  'type',
  'firstCast',
  'time',
  'every',
  'weekdays',
  'dayOfMonth',
  'nthWeekday',
  'recipientTimeZone',
]);

/** Keys a newer version put on the cadence: kept while the type stays the same. */
function unknownKeys(previous: Cadence | undefined, type: Cadence['type']) {
  if (previous?.type !== type) return {};
  return Object.fromEntries(Object.entries(previous).filter(([key]) => !KNOWN.has(key)));
}

/** The cadence a draft stands for, or what keeps it from being one. */
export function buildCadence(draft: CadenceDraft, previous?: Cadence): Built {
  if (draft.type === 'none')
    return { ok: true, cadence: { ...unknownKeys(previous, 'none'), type: 'none' } };
  const problems: CadenceProblems = {};
  if (!isIsoDate(draft.firstCast)) problems.firstCast = true;
  if (!isLocalTime(draft.time)) problems.time = true;
  const every = parseWhole(draft.every, 1);
  if (every === null) problems.every = true;
  if (draft.type === 'weekly' && draft.weekdays.length === 0) problems.weekdays = true;
  const day = parseWhole(draft.dayOfMonth, 1, 31);
  if (draft.type === 'monthly' && draft.monthlyBy === 'day' && day === null)
    problems.dayOfMonth = true;
  if (Object.keys(problems).length > 0 || every === null) return { ok: false, problems };

  const common = {
    ...unknownKeys(previous, draft.type),
    firstCast: draft.firstCast,
    time: draft.time,
    every,
    ...(draft.recipientTimeZone ? { recipientTimeZone: true } : {}),
  };
  if (draft.type === 'weekly') {
    const weekdays = WEEKDAYS.filter((d) => draft.weekdays.includes(d));
    return { ok: true, cadence: { type: 'weekly', ...common, weekdays } };
  }
  const pattern =
    draft.monthlyBy === 'day'
      ? { dayOfMonth: day! }
      : { nthWeekday: { n: draft.n, weekday: draft.weekday } };
  return { ok: true, cadence: { type: 'monthly', ...common, ...pattern } };
}
