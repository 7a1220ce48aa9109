/**
 * A byte-level reader for the shapes that make up nearly all of a large file's `people` and
 * `events`: a person or event object whose keys are the ones its schema names, with plain ASCII
 * strings, numbers, booleans, nulls and (one level down: a person's `attributes`) objects of those
 * as values. It reads the element without decoding the bytes to text first, and makes each
 * repeated string (a zone, a type, a stream, an instant) once (internTable.ts).
 *
 * Its answer is JSON.parse's value for the element's text, except that each field it knows is
 * present, undefined where the text has no such key: the same to the schema checks and the
 * compile, which treat an undefined field as an absent one (tests/engine/elementReader.test.ts).
 *
 * Whatever it does not know for certain it leaves alone, answering undefined: the caller then
 * parses that element with JSON.parse. That is: a key its schema does not name, or given twice; a
 * string with an escape, a control character or a non-ASCII byte; an array; deeper nesting; a
 * `__proto__` key; any byte out of place. It checks the whole grammar of what it accepts, so it
 * never takes what JSON.parse refuses.
 */
import { asciiText } from './asciiText';
import { FNV_PRIME, FNV_START, InternTable } from './internTable';
import { KeyCodes } from './keyCodes';
import { Repeats } from './repeats';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

const isDigit = (c: number | undefined) => c !== undefined && c >= ZERO && c <= NINE;
const isSpace = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** Integers of up to this many digits are exact as doubles when summed digit by digit. */
const EXACT_DIGITS = 15;

export type FlatObject = Record<string, unknown>;

/** A person element as read: what `PersonSchema` checks (except `programs`, a list). */
export interface PersonFields {
  id: unknown;
  timeZone: unknown;
  attributes: unknown;
  unsubscribed: unknown;
}

/** An event element as read: the keys person events use (program edits are left to JSON.parse). */
export interface EventFields {
  at: unknown;
  type: unknown;
  person: unknown;
  stream: unknown;
  attribute: unknown;
  value: unknown;
  content: unknown;
  form: unknown;
  operational: unknown;
}

const PERSON_KEYS = ['id', 'timeZone', 'attributes', 'unsubscribed'];
const EVENT_KEYS = [
  'at',
  'type',
  'person',
  'stream',
  'attribute',
  'value',
  'content',
  'form',
  'operational',
];
/** The keys whose values are mostly all different (ids): made each time, not looked up. */
const ID_KEYS = new Set(['id', 'person']);

/** Key to its field number times two, plus one for an id key. */
const fieldsOf = (keys: string[]) =>
  new KeyCodes(new Map(keys.map((key, field) => [key, field * 2 + (ID_KEYS.has(key) ? 1 : 0)])));
const PERSON_FIELDS = fieldsOf(PERSON_KEYS);
const EVENT_FIELDS = fieldsOf(EVENT_KEYS);

export class ElementReader {
  /** Just after the element `person` or `event` last read. */
  end = 0;
  /** The hash of the string `string` last scanned; the value `value` last read. */
  private hash = 0;
  private found: unknown = null;
  private readonly strings = new InternTable();
  private readonly fields: unknown[] = new Array<unknown>(EVENT_KEYS.length);
  private readonly personRecord: PersonFields = {
    id: undefined,
    timeZone: undefined,
    attributes: undefined,
    unsubscribed: undefined,
  };
  private readonly eventRecord: EventFields = {
    at: undefined,
    type: undefined,
    person: undefined,
    stream: undefined,
    attribute: undefined,
    value: undefined,
    content: undefined,
    form: undefined,
    operational: undefined,
  };

  /** Per kind: the previous element's keys by position, and its string values by field. */
  private readonly personKeys = new Repeats(PERSON_KEYS.length);
  private readonly personValues = new Repeats(PERSON_KEYS.length);
  private readonly eventKeys = new Repeats(EVENT_KEYS.length);
  private readonly eventValues = new Repeats(EVENT_KEYS.length);

  constructor(private readonly b: Uint8Array) {}

  /**
   * The person whose `{` is at `i`, or undefined: parse it yourself. One record, filled anew by
   * each call: valid until the next (a million people then make no object each).
   */
  person(i: number): PersonFields | undefined {
    if (!this.element(i, PERSON_FIELDS, this.personKeys, this.personValues)) return undefined;
    const f = this.fields;
    const person = this.personRecord;
    person.id = f[0];
    person.timeZone = f[1];
    person.attributes = f[2];
    person.unsubscribed = f[3];
    return person;
  }

  /** The event whose `{` is at `i`, or undefined; like `person`, valid until the next call. */
  event(i: number): EventFields | undefined {
    if (!this.element(i, EVENT_FIELDS, this.eventKeys, this.eventValues)) return undefined;
    const f = this.fields;
    const event = this.eventRecord;
    event.at = f[0];
    event.type = f[1];
    event.person = f[2];
    event.stream = f[3];
    event.attribute = f[4];
    event.value = f[5];
    event.content = f[6];
    event.form = f[7];
    event.operational = f[8];
    return event;
  }

  /**
   * Reads the object at `i` into `fields` by `known` (fieldsOf); false when unsure. `keys` and
   * `values`: this kind's repeats, tried before reading a key or a string value afresh.
   */
  private element(i: number, known: KeyCodes, keys: Repeats, values: Repeats): boolean {
    const b = this.b;
    const fields = this.fields;
    for (let k = 0; k < fields.length; k++) fields[k] = undefined;
    let seen = 0;
    i = this.skipSpace(i + 1);
    if (b[i] === CLOSE_BRACE) {
      this.end = i + 1;
      return true;
    }
    for (let place = 0; ; place++) {
      if (b[i] !== QUOTE) return false;
      let code: number;
      let keyEnd = place < fields.length ? keys.again(b, i, place) : -1;
      if (keyEnd >= 0) code = keys.codes[place]!;
      else {
        keyEnd = this.string(i);
        if (keyEnd < 0) return false;
        code = known.codeOf(b, i + 1, keyEnd - 1, this.hash);
        if (code < 0) return false;
        if (place < fields.length) keys.remember(place, i, keyEnd, code, undefined);
      }
      const field = code >>> 1;
      if ((seen & (1 << field)) !== 0) return false;
      seen |= 1 << field;
      i = this.skipSpace(keyEnd);
      if (b[i] !== COLON) return false;
      i = this.skipSpace(i + 1);
      const unique = (code & 1) === 1;
      const repeated = unique ? -1 : values.again(b, i, field);
      if (repeated >= 0) {
        fields[field] = values.texts[field];
        i = repeated;
      } else {
        const start = i;
        i = this.value(start, unique, 1);
        if (i < 0) return false;
        fields[field] = this.found;
        if (!unique && b[start] === QUOTE)
          values.remember(field, start, i, 0, this.found as string);
      }
      i = this.skipSpace(i);
      if (b[i] === COMMA) i = this.skipSpace(i + 1);
      else if (b[i] === CLOSE_BRACE) {
        this.end = i + 1;
        return true;
      } else return false;
    }
  }

  /**
   * The value at `i` into `found`; just after it, or -1. `unique`: a string is made, not looked
   * up; `depthLeft`: how many more levels of objects may open.
   */
  private value(i: number, unique: boolean, depthLeft: number): number {
    const b = this.b;
    const c = b[i];
    if (c === QUOTE) {
      const end = this.string(i);
      if (end < 0) return -1;
      this.found = unique
        ? asciiText(b, i + 1, end - 1)
        : this.strings.text(b, i + 1, end - 1, this.hash);
      return end;
    }
    if (c === OPEN_BRACE) return depthLeft === 0 ? -1 : this.object(i, depthLeft - 1);
    return this.scalar(i);
  }

  /** A flat object at `i` into `found`, as JSON.parse makes it; just after it, or -1. */
  private object(i: number, depthLeft: number): number {
    const b = this.b;
    const object: FlatObject = {};
    i = this.skipSpace(i + 1);
    if (b[i] === CLOSE_BRACE) {
      this.found = object;
      return i + 1;
    }
    for (;;) {
      if (b[i] !== QUOTE) return -1;
      const keyEnd = this.string(i);
      if (keyEnd < 0) return -1;
      const key = this.strings.text(b, i + 1, keyEnd - 1, this.hash);
      // A key given twice, or one that assignment would take for the prototype.
      if (key === '__proto__' || Object.hasOwn(object, key)) return -1;
      i = this.skipSpace(keyEnd);
      if (b[i] !== COLON) return -1;
      i = this.value(this.skipSpace(i + 1), false, depthLeft);
      if (i < 0) return -1;
      object[key] = this.found;
      i = this.skipSpace(i);
      if (b[i] === COMMA) i = this.skipSpace(i + 1);
      else if (b[i] === CLOSE_BRACE) {
        this.found = object;
        return i + 1;
      } else return -1;
    }
  }

  private skipSpace(i: number): number {
    const b = this.b;
    while (isSpace(b[i])) i++;
    return i;
  }

  /**
   * From the opening quote at `i` to just after the closing one, hashing the characters into
   * `hash`; -1 for anything but printable ASCII without escapes.
   */
  private string(i: number): number {
    const b = this.b;
    const n = b.length;
    let h = FNV_START;
    for (i++; i < n; i++) {
      const c = b[i]!;
      if (c === QUOTE) {
        this.hash = h;
        return i + 1;
      }
      if (c < 0x20 || c === BACKSLASH || c >= 0x80) return -1;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    return -1;
  }

  /** A number, true, false or null at `i` into `found`; just after it, or -1. */
  private scalar(i: number): number {
    const b = this.b;
    const c = b[i];
    if (c === 0x74 && b[i + 1] === 0x72 && b[i + 2] === 0x75 && b[i + 3] === 0x65) {
      this.found = true;
      return i + 4;
    }
    if (
      c === 0x66 &&
      b[i + 1] === 0x61 &&
      b[i + 2] === 0x6c &&
      b[i + 3] === 0x73 &&
      b[i + 4] === 0x65
    ) {
      this.found = false;
      return i + 5;
    }
    if (c === 0x6e && b[i + 1] === 0x75 && b[i + 2] === 0x6c && b[i + 3] === 0x6c) {
      this.found = null;
      return i + 4;
    }
    return this.number(i);
  }

  /** JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  private number(i: number): number {
    const b = this.b;
    const start = i;
    const negative = b[i] === MINUS;
    if (negative) i++;
    let whole = 0;
    let digits = 0;
    if (b[i] === ZERO) i++;
    else if (isDigit(b[i]))
      for (; isDigit(b[i]); i++, digits++) whole = whole * 10 + (b[i]! - ZERO);
    else return -1;
    let exact = digits <= EXACT_DIGITS;
    if (b[i] === DOT) {
      if (!isDigit(b[++i])) return -1;
      while (isDigit(b[i])) i++;
      exact = false;
    }
    if (b[i] === 0x65 || b[i] === 0x45) {
      i++;
      if (b[i] === PLUS || b[i] === MINUS) i++;
      if (!isDigit(b[i])) return -1;
      while (isDigit(b[i])) i++;
      exact = false;
    }
    // JavaScript's own conversion of the text otherwise: it rounds exactly as JSON.parse does.
    this.found = exact ? (negative ? -whole : whole) : Number(asciiText(b, start, i));
    return i;
  }
}
