/**
 * Public holidays and the names of countries and regions in the reader's language, from the holiday
 * library (loaded on first use). Cached for the session: the library's answers never change.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HolidayRegion } from '../document/ops/holidays';
import { countryNames, publicHolidays, stateNames } from '../simulation/holidays/publicHolidays';

const cached = { staleTime: Infinity, gcTime: 10 * 60_000, retry: 1 } as const;

/** The regions' public holidays over `years`; `regions` empty: none, and nothing is loaded. */
export function useHolidays(regions: readonly HolidayRegion[], years: readonly number[]) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useQuery({
    queryKey: ['holidays', 'dates', language, regions, years],
    queryFn: () => publicHolidays(regions, years, language),
    enabled: regions.length > 0 && years.length > 0,
    ...cached,
  });
}

export function useCountryNames(enabled = true) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useQuery({
    queryKey: ['holidays', 'countries', language],
    queryFn: () => countryNames(language),
    enabled,
    ...cached,
  });
}

export function useStateNames(country: string) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useQuery({
    queryKey: ['holidays', 'states', language, country],
    queryFn: () => stateNames(country, language),
    enabled: country !== '',
    ...cached,
  });
}

/** "Germany (Bavaria)" once the names are loaded, the codes until then. */
export function regionName(
  region: HolidayRegion,
  countries: readonly [string, string][] | undefined,
  states?: readonly [string, string][],
): string {
  const country = countries?.find(([code]) => code === region.country)?.[1] ?? region.country;
  if (region.state === undefined) return country;
  const state = states?.find(([code]) => code === region.state)?.[1] ?? region.state;
  return `${country} (${state})`;
}
