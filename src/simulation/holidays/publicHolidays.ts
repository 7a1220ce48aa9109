/**
 * Public holidays of the chosen countries (and regions), from the date-holidays library: offline,
 * maintained, names in many languages. Its rules for every country make a large module, so it is
 * loaded on first use (its own chunk), never with the editor.
 */
import type Holidays from 'date-holidays';
import type { HolidayRegion } from '../../document/ops/holidays';

export interface PublicHoliday {
  /** `YYYY-MM-DD`, the local date in that country. */
  date: string;
  /** In the reader's language where the library has it, else the country's own. */
  name: string;
  region: HolidayRegion;
}

type Library = typeof Holidays;
let library: Promise<Library> | null = null;

export function loadHolidayLibrary(): Promise<Library> {
  library ??= import('date-holidays').then(
    (m) => m.default,
    (error: unknown) => {
      library = null; // a failed download may succeed later
      throw error;
    },
  );
  return library;
}

/** Public holidays (the library's type "public": days off by law) of each region over `years`. */
export async function publicHolidays(
  regions: readonly HolidayRegion[],
  years: readonly number[],
  language: string,
): Promise<PublicHoliday[]> {
  const Library = await loadHolidayLibrary();
  const out: PublicHoliday[] = [];
  for (const region of regions) {
    const options = { languages: [language], types: ['public' as const] };
    const calendar =
      region.state === undefined
        ? new Library(region.country, options)
        : new Library(region.country, region.state, options);
    for (const year of years)
      for (const h of calendar.getHolidays(year, language) || [])
        out.push({ date: h.date.slice(0, 10), name: h.name, region });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Countries by code, named in the reader's language, in that language's alphabetical order. */
export async function countryNames(language: string): Promise<[string, string][]> {
  const Library = await loadHolidayLibrary();
  // The library names many countries in their own language or officially ("Deutschland" in
  // French, "Togolese Republic"), so the list would mix languages and sort badly: the browser's
  // own names for the region codes read as the reader expects; the library's where it has none.
  const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  const names = Object.entries(new Library().getCountries(language)).map(
    ([code, name]): [string, string] => [code, display.of(code) ?? name.replace(/\\/g, '')],
  );
  return names.sort((a, b) => a[1].localeCompare(b[1], language));
}

/** A country's states or regions by code, or none when the library has none for it. */
export async function stateNames(country: string, language: string): Promise<[string, string][]> {
  const Library = await loadHolidayLibrary();
  const states = new Library().getStates(country, language) ?? {};
  return Object.entries(states).sort((a, b) => a[1].localeCompare(b[1], language));
}
