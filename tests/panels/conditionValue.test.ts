// Strict condition values (semantics 24): "50" is text, 50 a number; lists for in/notIn.
import { describe, expect, it } from 'vitest';
import { convertValue, parseValue, valueText, valueTypeOf } from '../../src/panels/conditionValue';
import { parseNumber, parsePercent, parseWhole, percentText } from '../../src/panels/parse';
import { resolveZone } from '../../src/panels/zones';

describe('condition values', () => {
  it('reads text as the chosen type, and refuses what does not fit', () => {
    expect(parseValue(' CA ', 'string', false)).toBe(' CA ');
    expect(parseValue('50', 'number', false)).toBe(50);
    expect(parseValue('5O', 'number', false)).toBeUndefined();
    expect(parseValue('TRUE', 'boolean', false)).toBe(true);
    expect(parseValue('US, CA,', 'string', true)).toEqual(['US', 'CA']);
    expect(parseValue('1, x', 'number', true)).toBeUndefined();
  });

  it('converts between types and shapes, keeping what still makes sense', () => {
    expect(convertValue('50', 'number', false)).toBe(50);
    expect(convertValue('abc', 'number', false)).toBe(0);
    expect(convertValue(50, 'number', true)).toEqual([50]);
    expect(convertValue('', 'string', true)).toEqual([]);
    expect(convertValue([3, 4], 'string', false)).toBe('3');
    expect(valueText(['US', 'CA'])).toBe('US, CA');
    expect(valueTypeOf([])).toBeNull();
    expect(valueTypeOf([true])).toBe('boolean');
  });
});

describe('numbers typed into fields', () => {
  it('whole numbers in a range, percentages, plain numbers', () => {
    expect(parseWhole('3', 1)).toBe(3);
    expect(parseWhole('0', 1)).toBeNull();
    expect(parseWhole('1.5', 1)).toBeNull();
    expect(parseWhole('32', 1, 31)).toBeNull();
    expect(parsePercent('0.2')).toBe(0.002);
    expect(parsePercent('7,5')).toBe(0.075);
    expect(parsePercent('101')).toBeNull();
    expect(percentText(0.07, 'en')).toBe('7');
    // In the reader's language, and read back.
    expect(percentText(0.075, 'en')).toBe('7.5');
    expect(percentText(0.075, 'de')).toBe('7,5');
    expect(parsePercent(percentText(0.075, 'fr'))).toBe(0.075);
    expect(parseNumber('-2.5')).toBe(-2.5);
    expect(parseNumber('1e3')).toBeNull();
  });

  it('time zones: listed names in any case, aliases the database knows, nothing else', () => {
    expect(resolveZone('europe/berlin')).toBe('Europe/Berlin');
    expect(resolveZone(' UTC ')).toBe('UTC');
    expect(resolveZone('Mars/Olympus')).toBeNull();
    expect(resolveZone('+01:00')).toBeNull();
  });
});
