/**
 * Non-copying checks of one person and one event: true exactly when PersonSchema and EventSchema
 * (people.ts) accept the value, without building the copy zod builds. A file may list a million
 * people and more events; reading them through zod made a second object for each. These checks
 * only say yes or no: when one says no, the caller asks zod, which names every problem.
 *
 * Each check mirrors its schema field by field, following zod's own rules (tests/model/
 * validPeople.test.ts holds them equal with generated values): objects are loose (unknown keys
 * are kept and never checked), an optional field may be absent or undefined, a number is finite,
 * an id is a non-empty string, a record of attributes is a plain object whose own enumerable
 * keys are all strings (`__proto__` skipped, as zod skips it) with scalar values.
 */
import type { Person, ScenarioEvent } from './people';
import { isDateTime, isTimeZone } from './primitives';

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isOptionalId = (v: unknown) => v === undefined || isId(v);
const isOptionalBoolean = (v: unknown) => v === undefined || typeof v === 'boolean';
const isScalar = (v: unknown) =>
  v === null ||
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v));

function isIdList(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!isId(v[i])) return false;
  return true;
}

/** zod's test for a record: an object whose constructor, if any, looks like Object. */
function isPlainObject(v: unknown): v is Obj {
  if (!isObject(v)) return false;
  const ctor: unknown = v.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = ctor.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

function isAttributeRecord(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  // for…in and hasOwn: the own enumerable string keys, as Object.keys, without an array each.
  for (const key in v)
    if (Object.hasOwn(v, key) && key !== '__proto__' && !isScalar(v[key])) return false;
  // Symbol keys fail zod's string key schema; a parsed or cloned file never has them.
  for (const symbol of Object.getOwnPropertySymbols(v))
    if (Object.prototype.propertyIsEnumerable.call(v, symbol)) return false;
  return true;
}

/**
 * Date-times repeat across events (a day's adds share one); the answer for a string never
 * changes, so recent answers are kept. Bounded, so a file of all-different instants costs no
 * more than checking each once.
 */
const dateTimes = new Map<string, boolean>();
const MAX_REMEMBERED = 4096;

function isDateTimeValue(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  let valid = dateTimes.get(v);
  if (valid === undefined) {
    valid = isDateTime(v);
    if (dateTimes.size >= MAX_REMEMBERED) dateTimes.clear();
    dateTimes.set(v, valid);
  }
  return valid;
}

/** True exactly when `PersonSchema.safeParse(value)` succeeds. */
export function isValidPerson(value: unknown): value is Person {
  if (!isObject(value) || !isId(value.id)) return false;
  const zone = value.timeZone;
  if (zone !== undefined && zone !== null && !(typeof zone === 'string' && isTimeZone(zone)))
    return false;
  if (value.attributes !== undefined && !isAttributeRecord(value.attributes)) return false;
  return (
    isOptionalBoolean(value.unsubscribed) &&
    (value.programs === undefined || isIdList(value.programs))
  );
}

/** The fields each event type adds to `at` and `type` (and `person`, for person events). */
type Fields = (event: Obj) => boolean;
const none: Fields = () => true;

const PERSON_EVENTS = new Map<string, Fields>([
  ['add', (e) => isOptionalId(e.stream)],
  ['move', (e) => isId(e.stream)],
  ['pause', none],
  ['resume', none],
  ['remove', none],
  ['set', (e) => isId(e.attribute) && isScalar(e.value)],
  ['fillsOutForm', (e) => isId(e.form)],
  ['opens', (e) => isId(e.content)],
  ['clicks', (e) => isId(e.content)],
  ['unsubscribe', none],
  ['resubscribe', none],
  ['externalEmail', (e) => isOptionalBoolean(e.operational)],
]);

const PROGRAM_EDITS = new Map<string, Fields>([
  ['activate', (e) => isId(e.content)],
  ['deactivate', (e) => isId(e.content)],
  ['reorder', (e) => isId(e.stream) && isIdList(e.order)],
  ['programStatus', (e) => e.status === 'on' || e.status === 'off'],
]);

/** True exactly when `EventSchema.safeParse(value)` succeeds. */
export function isValidEvent(value: unknown): value is ScenarioEvent {
  if (!isObject(value)) return false;
  const type = value.type;
  if (typeof type !== 'string') return false;
  const personEvent = PERSON_EVENTS.get(type);
  if (personEvent !== undefined)
    return isDateTimeValue(value.at) && isId(value.person) && personEvent(value);
  const programEdit = PROGRAM_EDITS.get(type);
  return programEdit !== undefined && isDateTimeValue(value.at) && programEdit(value);
}
