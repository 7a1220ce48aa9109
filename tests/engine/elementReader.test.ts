/**
 * The byte-level reader of people and events (src/engine/read/elementReader.ts) against
 * JSON.parse: whenever it reads an element itself, it gives JSON.parse's value for that text (each
 * field it knows present, undefined where the text has no such key), and it ends just after the
 * element; whatever it leaves to JSON.parse, including everything JSON.parse refuses, it leaves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ElementReader } from '../../src/engine/read/elementReader';
import { InternTable } from '../../src/engine/read/internTable';
import { nearValidEvent, nearValidPerson } from '../model/nearValid';

const encode = (text: string) => new TextEncoder().encode(text);

/** Same value: primitives by Object.is (so -0 is not 0), objects by own keys, in any order. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
    return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysB.every(
      (k) =>
        Object.hasOwn(a, k) &&
        same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

const space = fc.constantFrom('', '', '', ' ', '\n  ', '\t', '\r\n');
const keys = fc.constantFrom(
  ...['id', 'timeZone', 'attributes', 'unsubscribed', 'programs', 'at', 'type', 'person'],
  ...['stream', 'attribute', 'value', 'content', 'form', 'operational', 'score', 'x', 'ID'],
  ...['__proto__', 'id ', 'é', 'a\\"b', 'a\\u0041'],
);
const strings = fc.oneof(
  fc.constantFrom('p-1', 'Asia/Tokyo', '2025-01-01T08:00', 'add', 'S1', '', '__proto__'),
  fc.constantFrom('a\\nb', 'a\\u0041', 'é', '\u2028', 'tab\there', 'a\\', 'x\\"y', 'ünï'),
  fc.string({ maxLength: 12 }),
);
const numbers = fc.oneof(
  fc.constantFrom('0', '-0', '01', '1.', '.5', '1.5', '-1.25e-7', '1e5', '1E+5', '2e', '-'),
  fc.constantFrom('12345678901234567', '9007199254740993', '1e400', '-0.0', '65', '--1', '1x'),
  fc.double().filter(Number.isFinite).map(String),
  fc.integer().map(String),
);
const literals = fc.constantFrom('true', 'false', 'null', 'tru', 'nulll', 'False', 'undefined');
/** A value's text: often valid JSON, sometimes slightly not. */
const valueText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    strings.map((s) => `"${s}"`),
    numbers,
    literals,
    fc.constantFrom('[]', '["a"]', '[1, 2]', '{}', '{"a":1,"a":2}', '{"__proto__":1}'),
    fc
      .array(fc.tuple(space, keys, space, tie('value'), space), { maxLength: 3 })
      .map((members) => `{${members.map(([s1, k, s2, v, s3]) => `${s1}"${k}"${s2}:${v}${s3}`)}}`),
  ),
})).value;

const objectText = fc
  .tuple(space, fc.array(fc.tuple(space, keys, space, space, valueText, space), { maxLength: 6 }))
  .map(
    ([s0, members]) =>
      `{${s0}${members.map(([s1, k, s2, s3, v, s4]) => `${s1}"${k}"${s2}:${s3}${v}${s4}`).join(',')}}`,
  );

/** Elements as the program writes them (with or without indentation), from near-valid values. */
const writtenElement = fc
  .tuple(fc.oneof(nearValidPerson, nearValidEvent), fc.constantFrom(undefined, 1, 2))
  .map(([value, indent]) => JSON.stringify(value, null, indent))
  .filter((text) => text !== undefined && text.startsWith('{'));

describe('reading a person or an event straight from its bytes', () => {
  for (const [kind, a] of [
    ['person', 'a'],
    ['event', 'an'],
  ] as const) {
    it(`reads ${a} ${kind} as JSON.parse does, or leaves it to JSON.parse`, () => {
      let read = 0;
      let left = 0;
      fc.assert(
        fc.property(fc.oneof(objectText, writtenElement), space, (text, trailing) => {
          const bytes = encode(text + trailing);
          const reader = new ElementReader(bytes);
          const value = kind === 'person' ? reader.person(0) : reader.event(0);
          if (value === undefined) return void left++;
          read++;
          expect(same(value, JSON.parse(text)), text).toBe(true);
          expect(reader.end).toBe(encode(text).length);
        }),
        { numRuns: 4000 },
      );
      // Both ways were taken, often.
      expect(read).toBeGreaterThan(200);
      expect(left).toBeGreaterThan(200);
    });
  }

  it('reads each of many elements in a row as JSON.parse does, repeats or not', () => {
    let read = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(objectText, writtenElement), space), { maxLength: 12 }),
        fc.boolean(),
        (elements, asPeople) => {
          const text = elements.map(([element, s]) => element + s).join(',');
          const bytes = encode(text);
          const reader = new ElementReader(bytes);
          let i = 0;
          for (const [element, s] of elements) {
            const value = asPeople ? reader.person(i) : reader.event(i);
            const length = encode(element).length;
            if (value !== undefined) {
              read++;
              expect(same(value, JSON.parse(element)), element).toBe(true);
              expect(reader.end).toBe(i + length);
            }
            i += length + encode(s).length + 1;
          }
        },
      ),
      { numRuns: 1500 },
    );
    expect(read).toBeGreaterThan(500);
  });

  it.each([
    ['a person', '{"id":"p-1","timeZone":"Asia/Tokyo","attributes":{"score":65}}', 'person'],
    ['an event', '{"at":"2025-01-01T08:00","type":"add","person":"p-1","stream":"S1"}', 'event'],
    ['a spaced person', '{ "id" : "p" ,\n "unsubscribed" : true , "attributes" : { } }', 'person'],
    ['a negative zero', '{"type":"set","value":-0}', 'event'],
    ['a large exponent', '{"type":"set","value":-1.5e+300}', 'event'],
  ])('reads %s itself', (_, text, kind) => {
    const reader = new ElementReader(encode(text));
    const value = kind === 'person' ? reader.person(0) : reader.event(0);
    expect(value).toBeDefined();
    expect(same(value, JSON.parse(text))).toBe(true);
  });

  it.each([
    ['an escape', '{"id":"p\\u002d1"}'],
    ['a non-ASCII character', '{"id":"pé"}'],
    ['a key given twice', '{"id":"a","id":"b"}'],
    ['a key of no person', '{"id":"a","ui":1}'],
    ['a list', '{"id":"a","programs":["P1"]}'],
    ['nesting below attributes', '{"id":"a","attributes":{"x":{"y":1}}}'],
    ['an attribute named __proto__', '{"id":"a","attributes":{"__proto__":1}}'],
    ['a leading zero', '{"id":"a","attributes":{"x":01}}'],
    ['a trailing comma', '{"id":"a",}'],
  ])('leaves %s to JSON.parse', (_, text) => {
    expect(new ElementReader(encode(text)).person(0)).toBeUndefined();
  });
});

describe('the strings made from bytes', () => {
  it('gives each string its own text, however many there are', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map(String.fromCharCode) }),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        fc.integer({ min: 1, max: 600 }),
        (texts, repeat) => {
          const table = new InternTable();
          for (let r = 0; r < repeat; r++)
            for (const text of texts) {
              // Distinct values beyond the table's size, and repeats of the same ones.
              const value = `${text}${r % 2 === 0 ? r : ''}`;
              const bytes = encode(value);
              let hash = 0x811c9dc5 | 0;
              for (const c of bytes) hash = Math.imul(hash ^ c, 0x01000193);
              expect(table.text(bytes, 0, bytes.length, hash)).toBe(value);
            }
        },
      ),
      { numRuns: 60 },
    );
  });
});
