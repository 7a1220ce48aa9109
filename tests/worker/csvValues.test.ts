// How text becomes a person's value, in the CSV import and the people table alike. Filters compare
// strictly (semantics 24), so "50" and 50 must come out as the types people mean.
import { describe, expect, it } from 'vitest';
import { readYesNo, resolveZone, splitPrograms, typedValue } from '../../src/worker/csvValues';

describe('typed values', () => {
  it.each([
    ['42', 42],
    ['-3', -3],
    ['1.5', 1.5],
    ['0.25', 0.25],
    ['0', 0],
    ['-0', 0],
    ['true', true],
    ['FALSE', false],
    [' DE ', 'DE'],
    ['0042', '0042'], // leading zeros: an identifier
    ['1,5', '1,5'], // a decimal comma is not read as a number
    ['1e3', '1e3'],
    ['12345678901234567890', '12345678901234567890'], // too long to keep exactly
    ['yes', 'yes'],
  ])('%j is %j', (text, value) => {
    expect(typedValue(text)).toBe(value);
  });

  it('empty or blank is no value', () => {
    expect(typedValue('')).toBeUndefined();
    expect(typedValue('   ')).toBeUndefined();
  });
});

describe('yes and no', () => {
  it('accepts true/false, yes/no, 1/0, ja/nein, oui/non in any case; empty is no answer', () => {
    for (const yes of ['true', 'Yes', '1', 'JA', 'oui', 'wahr', 'VRAI'])
      expect(readYesNo(yes)).toBe(true);
    for (const no of ['false', 'no', '0', 'Nein', 'NON', 'falsch', 'faux'])
      expect(readYesNo(no)).toBe(false);
    expect(readYesNo(' ')).toBeUndefined();
    expect(readYesNo('maybe')).toBeNull();
    expect(readYesNo('2')).toBeNull();
  });
});

describe('time zones and memberships', () => {
  it('finds zones in any case, keeps known older names, refuses the rest', () => {
    expect(resolveZone('europe/berlin')).toBe('Europe/Berlin');
    expect(resolveZone(' Asia/Tokyo ')).toBe('Asia/Tokyo');
    expect(resolveZone('UTC')).toBe('UTC');
    expect(resolveZone('Mars/Olympus')).toBeNull();
    expect(resolveZone('+01:00')).toBeNull();
  });

  it('splits memberships on ; or |, dropping blanks and repeats', () => {
    expect(splitPrograms('P1; P2 |P3||P1')).toEqual(['P1', 'P2', 'P3']);
    expect(splitPrograms(' ')).toEqual([]);
  });
});
