// Public holidays from the holiday library (loaded on demand), and the casts that fall on them:
// names in the reader's language, regions that add their own holidays, streams casting that day.
import { describe, expect, it } from 'vitest';
import { holidayCasts, periodTotals, yearsOf } from '../../src/simulation/derive/holidayCasts';
import {
  countryNames,
  publicHolidays,
  stateNames,
} from '../../src/simulation/holidays/publicHolidays';
import { fridays } from '../fixtures/fridays';
import { previewResult } from '../preview/result';

describe('public holidays', () => {
  it('names Germany’s holidays in the reader’s language; a state adds its own', async () => {
    const en = await publicHolidays([{ country: 'DE' }], [2025], 'en');
    expect(en.find((h) => h.date === '2025-10-03')?.name).toBe('National Holiday');
    const de = await publicHolidays([{ country: 'DE' }], [2025], 'de');
    expect(de.find((h) => h.date === '2025-10-03')?.name).toBe('Tag der Deutschen Einheit');
    expect(en.some((h) => h.date === '2025-01-06')).toBe(false);
    const bavaria = await publicHolidays([{ country: 'DE', state: 'BY' }], [2025], 'en');
    expect(bavaria.find((h) => h.date === '2025-01-06')?.name).toBe('Epiphany');
  });

  it('lists countries and a country’s regions by name in the reader’s language', async () => {
    expect(await countryNames('de')).toContainEqual(['DE', 'Deutschland']);
    // Every country in the reader's language, sorted as they read: not the library's own names
    // ("Deutschland" in French, "Togolese Republic" in English).
    const french = await countryNames('fr');
    expect(french).toContainEqual(['DE', 'Allemagne']);
    expect(french).toContainEqual(['ES', 'Espagne']);
    const english = await countryNames('en');
    expect(english).toContainEqual(['TG', 'Togo']);
    expect(english).toContainEqual(['IT', 'Italy']);
    const names = english.map(([, name]) => name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names.some((name) => name.includes('\\'))).toBe(false);
    expect(await stateNames('DE', 'en')).toContainEqual(['BY', 'Bayern']);
    expect(await stateNames('LU', 'en')).toEqual([]);
  });

  it('finds the casts on holidays: date, names, the streams casting, lost or not', async () => {
    const result = previewResult(fridays());
    expect(yearsOf(result.frame)).toEqual([2025]);
    const holidays = await publicHolidays([{ country: 'DE' }], [2025], 'en');
    const rows = holidayCasts(result.frame, holidays);
    expect(rows.map((r) => [r.date, r.holidays.map((h) => h.name), r.streams, r.paused])).toEqual([
      ['2025-10-03', ['National Holiday'], [0], false],
      ['2025-12-26', ['Boxing Day'], [0], false],
    ]);
    expect(periodTotals(result)).toEqual({ casts: 14 + 15, sends: 10 });
  });
});
