/** A calendar column's heading in the reader's language: a date, "Week of 3 Mar", "March 2025". */
import type { TFunction } from 'i18next';
import { longDate, monthName, shortDate } from '../../simulation/derive/dates';
import type { Period, Zoom } from '../../simulation/derive/periods';

export function periodLabel(t: TFunction, language: string, zoom: Zoom, period: Period): string {
  if (zoom === 'day') return shortDate(language, period.first);
  if (zoom === 'week')
    return t('preview.calendar.weekOf', { date: shortDate(language, period.first) });
  return monthName(language, period.first);
}

/** The same, spelled out for screen readers and titles. */
export function periodLongLabel(
  t: TFunction,
  language: string,
  zoom: Zoom,
  period: Period,
): string {
  if (zoom === 'day') return longDate(language, period.first);
  return periodLabel(t, language, zoom, period);
}
