// Dates and times between what the user types in their language and what the file stores.
import { describe, expect, it } from 'vitest';
import {
  datePattern,
  formatDateText,
  parseDateText,
  parseTimeText,
  stepDate,
  stepTime,
} from '../../src/ui/dateText';

describe('dates in the app language', () => {
  it.each([
    ['en', ['month', 'day', 'year'], '/', '03/04/2025'],
    ['de', ['day', 'month', 'year'], '.', '04.03.2025'],
    ['fr', ['day', 'month', 'year'], '/', '04/03/2025'],
  ])('%s writes its order and separator', (language, order, separator, text) => {
    expect(datePattern(language)).toEqual({ order, separator });
    expect(formatDateText(language, '2025-03-04')).toBe(text);
    expect(parseDateText(language, text)).toEqual({ kind: 'date', iso: '2025-03-04' });
  });

  it('reads the same numbers in each language’s order, with any separator or none', () => {
    expect(parseDateText('de', '4.3.2025')).toEqual({ kind: 'date', iso: '2025-03-04' });
    expect(parseDateText('en', '3-4-2025')).toEqual({ kind: 'date', iso: '2025-03-04' });
    expect(parseDateText('fr', '04032025')).toEqual({ kind: 'date', iso: '2025-03-04' });
    expect(parseDateText('en', '03042025')).toEqual({ kind: 'date', iso: '2025-03-04' });
    // An ISO date (from a file) is the same date in every language.
    expect(parseDateText('de', '2025-03-04')).toEqual({ kind: 'date', iso: '2025-03-04' });
    expect(parseDateText('en', '  ')).toEqual({ kind: 'empty' });
  });

  it('refuses half-typed and impossible dates rather than guess', () => {
    expect(parseDateText('de', '04.03.25')).toEqual({ kind: 'format' }); // a 2-digit year
    expect(parseDateText('de', '04.03.202')).toEqual({ kind: 'format' });
    expect(parseDateText('de', '04.03')).toEqual({ kind: 'format' });
    expect(parseDateText('en', 'March 4, 2025')).toEqual({ kind: 'format' });
    expect(parseDateText('de', '30.02.2025')).toEqual({ kind: 'invalid' });
    expect(parseDateText('en', '13/01/2025')).toEqual({ kind: 'invalid' }); // month 13
    expect(parseDateText('de', '13.01.2025')).toEqual({ kind: 'date', iso: '2025-01-13' });
  });

  it('steps by days and by months, keeping the day where the month has it', () => {
    expect(stepDate('2025-12-31', { days: 1 })).toBe('2026-01-01');
    expect(stepDate('2025-03-01', { days: -1 })).toBe('2025-02-28');
    expect(stepDate('2025-01-31', { months: 1 })).toBe('2025-02-28');
    expect(stepDate('2024-03-31', { months: -1 })).toBe('2024-02-29');
    expect(stepDate('2025-01-15', { months: -1 })).toBe('2024-12-15');
  });
});

describe('times on the 24-hour clock', () => {
  it.each([
    ['9:30', '09:30'],
    ['09.30', '09:30'],
    ['9h30', '09:30'],
    ['0930', '09:30'],
    ['930', '09:30'],
    ['9', '09:00'],
    ['23:59', '23:59'],
  ])('reads %s as %s', (typed, time) => {
    expect(parseTimeText(typed)).toEqual({ kind: 'time', time });
  });

  it('refuses what is not a time of day', () => {
    for (const typed of ['24:00', '12:60', '9:3', 'noon', '1:2:3'])
      expect(parseTimeText(typed), typed).toEqual({ kind: 'invalid' });
    expect(parseTimeText('')).toEqual({ kind: 'empty' });
  });

  it('steps round the clock', () => {
    expect(stepTime('23:50', 15)).toBe('00:05');
    expect(stepTime('00:10', -15)).toBe('23:55');
  });
});
