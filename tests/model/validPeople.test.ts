/**
 * The non-copying checks of people and events (src/model/validPeople.ts) say yes exactly when
 * zod's PersonSchema and EventSchema do: a file's people are read without a copy only if zod
 * would have accepted every one of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventSchema, isValidEvent, isValidPerson, PersonSchema } from '../../src/model';
import { nearValidEvent, nearValidPerson } from './nearValid';

/** Runs `check` over many values and returns how many were valid, to show both sides were tried. */
function agreeing(
  arb: fc.Arbitrary<unknown>,
  predicate: (v: unknown) => boolean,
  zod: (v: unknown) => boolean,
) {
  let valid = 0;
  fc.assert(
    fc.property(arb, (value) => {
      const expected = zod(value);
      expect(predicate(value)).toBe(expected);
      if (expected) valid++;
    }),
    { numRuns: 5000 },
  );
  return valid;
}

describe('isValidPerson', () => {
  it('accepts exactly the people zod accepts', () => {
    const valid = agreeing(
      nearValidPerson,
      isValidPerson,
      (v) => PersonSchema.safeParse(v).success,
    );
    expect(valid).toBeGreaterThan(250);
    expect(valid).toBeLessThan(4750);
  });

  it.each([
    ['a zone the runtime does not know', { id: 'p', timeZone: 'Mars/Olympus' }],
    ['an offset instead of a zone', { id: 'p', timeZone: '+01:00' }],
    ['an empty id', { id: '' }],
    ['an attribute holding a list', { id: 'p', attributes: { tags: ['a'] } }],
    ['an attribute that is not a number', { id: 'p', attributes: { score: NaN } }],
    ['programs with an empty id', { id: 'p', programs: ['P1', ''] }],
  ])('refuses %s', (_, person) => {
    expect(PersonSchema.safeParse(person).success).toBe(false);
    expect(isValidPerson(person)).toBe(false);
  });

  it('keeps unknown keys and a null zone', () => {
    const person = { id: 'p', timeZone: null, ui: { x: 1 }, attributes: { a: null } };
    expect(isValidPerson(person)).toBe(true);
    expect(PersonSchema.parse(person)).toEqual(person);
  });
});

describe('isValidEvent', () => {
  it('accepts exactly the events zod accepts', () => {
    const valid = agreeing(nearValidEvent, isValidEvent, (v) => EventSchema.safeParse(v).success);
    expect(valid).toBeGreaterThan(250);
    expect(valid).toBeLessThan(4750);
  });

  it.each([
    ['30 February', { at: '2025-02-30T10:00', type: 'pause', person: 'p' }],
    ['24:00', { at: '2025-03-03T24:00', type: 'pause', person: 'p' }],
    ['a move without a stream', { at: '2025-03-03T10:00', type: 'move', person: 'p' }],
    ['a set without a value', { at: '2025-03-03T10:00', type: 'set', person: 'p', attribute: 'a' }],
    ['a type named like an object method', { at: '2025-03-03T10:00', type: 'toString' }],
    ['a program status of ON', { at: '2025-03-03T10:00', type: 'programStatus', status: 'ON' }],
  ])('refuses %s', (_, event) => {
    expect(EventSchema.safeParse(event).success).toBe(false);
    expect(isValidEvent(event)).toBe(false);
  });

  it('answers the same for a date-time asked twice (the remembered answer)', () => {
    const bad = { at: '2025-02-30T10:00', type: 'remove', person: 'p' };
    const good = { at: '2025-02-28T10:00', type: 'remove', person: 'p' };
    for (let i = 0; i < 3; i++) {
      expect(isValidEvent(bad)).toBe(false);
      expect(isValidEvent(good)).toBe(true);
    }
  });
});
