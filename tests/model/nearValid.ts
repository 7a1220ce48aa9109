/**
 * fast-check generators of people and events that are valid or one small step from valid: each
 * field drawn from values the schema accepts and values just outside it (an empty id, a zone
 * that does not exist, 30 February, 24:00, NaN, an attribute holding an object...), fields left
 * out, unknown keys added. Used to hold the non-copying checks equal to zod.
 */
import fc from 'fast-check';

/** A field that may be absent (the key left out). */
const absent = Symbol('absent');
type Field = unknown;

const maybe = (arb: fc.Arbitrary<Field>): fc.Arbitrary<Field> =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(absent) }, { weight: 4, arbitrary: arb });

function objectOf(
  fields: Record<string, fc.Arbitrary<Field>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.record(fields),
      fc.dictionary(fc.constantFrom('note', 'ui', 'x', 'constructor'), fc.jsonValue(), {
        maxKeys: 2,
      }),
    )
    .map(([known, extra]) => {
      const out: Record<string, unknown> = { ...extra };
      for (const [key, value] of Object.entries(known)) if (value !== absent) out[key] = value;
      return out;
    });
}

const nonsense = fc.constantFrom<Field>(
  undefined,
  null,
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  true,
  '',
  [],
  {},
  [1],
  { a: 1 },
);
const withNonsense = (arb: fc.Arbitrary<Field>) =>
  fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: nonsense });

export const id = withNonsense(
  fc.oneof(
    // The ids of tests/model/documents.ts doc() (streams S1 S2, items E1-E5 and P1, person ann,
    // cohort leads), ids it lacks, and odd strings.
    { weight: 4, arbitrary: fc.constantFrom('S1', 'S2', 'E1', 'E2', 'E3', 'P1', 'ann', 'bob') },
    fc.constantFrom('S9', 'X1', 'leads-3', 'leads-200', 'é', '\ud83d', '😀', ' '),
    fc.string({ minLength: 1, maxLength: 6 }),
  ),
);
const scalar = withNonsense(
  fc.oneof(fc.string({ maxLength: 4 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
);
const zone = withNonsense(
  fc.constantFrom(
    'Europe/Berlin',
    'UTC',
    'America/New_York',
    'Mars/Olympus',
    '+01:00',
    'utc',
    'Etc/GMT+2',
    null,
  ),
);
const idList = withNonsense(
  fc.oneof(
    fc.array(id, { maxLength: 4 }),
    // A hole where an id should be.
    fc.constant(Object.assign(new Array<unknown>(2), { 1: 'a' })),
    // Orders of stream S1 (E1 P1 E3): complete, reordered, repeated, short.
    fc.constantFrom(['E1', 'P1', 'E3'], ['E3', 'E1', 'P1'], ['E1', 'E1', 'P1', 'E3'], ['E1', 'P1']),
  ),
);
const bool = withNonsense(fc.boolean());

const attributeRecord = withNonsense(
  fc.oneof(
    { weight: 6, arbitrary: fc.dictionary(fc.string({ maxLength: 4 }), scalar, { maxKeys: 4 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Field>(
        Object.assign(Object.create(null) as object, { a: 1 }),
        new Date(0),
        { constructor: 'not a function', a: 'b' },
        Object.assign(Object.create({ inherited: {} }) as object, { a: 1 }),
        { [Symbol('s')]: 1 },
        JSON.parse('{"__proto__": {"nested": true}, "a": 1}') as unknown,
      ),
    },
  ),
);

export const dateTime = withNonsense(
  fc.oneof(
    fc.constantFrom(
      '2025-03-03T10:00',
      '2025-03-03T10:00:59',
      '2024-02-29T23:59Z',
      '2025-01-01T00:00+05:30',
    ),
    fc.constantFrom(
      '2025-02-29T10:00',
      '2025-03-03T24:00',
      '2025-03-03',
      '2025-03-03T10:00:60',
      '0000-01-01T00:00',
    ),
    fc.constantFrom(
      '2025-03-03T10:00+24:00',
      '2025-03-03 10:00',
      '+275760-09-13T00:00',
      '2025-13-01T00:00',
    ),
    fc
      .tuple(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T12:30`,
      ),
  ),
);

export const nearValidPerson = fc.oneof(
  {
    weight: 8,
    arbitrary: objectOf({
      id,
      timeZone: maybe(zone),
      attributes: maybe(attributeRecord),
      unsubscribed: maybe(bool),
      programs: maybe(idList),
    }),
  },
  { weight: 1, arbitrary: fc.oneof(nonsense, fc.anything()) },
);

const TYPES = [
  'add',
  'move',
  'pause',
  'resume',
  'remove',
  'set',
  'fillsOutForm',
  'opens',
  'clicks',
  'unsubscribe',
  'resubscribe',
  'externalEmail',
  'activate',
  'deactivate',
  'reorder',
  'programStatus',
] as const;

export const nearValidEvent = fc.oneof(
  {
    weight: 8,
    arbitrary: objectOf({
      at: dateTime,
      type: withNonsense(fc.constantFrom<Field>(...TYPES, 'bogus', 'toString', 'constructor')),
      person: maybe(id),
      stream: maybe(id),
      content: maybe(id),
      attribute: maybe(id),
      value: maybe(scalar),
      form: maybe(id),
      operational: maybe(bool),
      order: maybe(idList),
      status: maybe(withNonsense(fc.constantFrom('on', 'off', 'ON'))),
    }),
  },
  { weight: 1, arbitrary: fc.oneof(nonsense, fc.anything()) },
);
