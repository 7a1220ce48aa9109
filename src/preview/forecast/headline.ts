/**
 * A stream's forecast in one sentence: "Half of Early's members have run out of content by Tue
 * 18 Mar 2025 (after 3 casts); 90% by 18 Mar.", or that it has content for the whole period.
 */
import type { TFunction } from 'i18next';
import { longDate, shortDate } from '../../simulation/derive/dates';
import { MOST, type StreamForecast } from './forecastModel';
import { percentText } from './percent';

export function headline(
  t: TFunction,
  language: string,
  forecast: StreamForecast,
  stream: string,
): string {
  const { half, ninety, peak } = forecast;
  switch (forecast.kind) {
    case 'noCasts':
      return t('preview.forecast.noCasts', { stream });
    case 'noMembers':
      return t('preview.forecast.noMembers', { stream });
    case 'wholePeriod':
      return t('preview.forecast.wholePeriod', { stream });
    case 'someDry':
      return forecast.ranDry > 0
        ? t('preview.forecast.someDry', {
            stream,
            count: forecast.ranDry,
            percent: percentText(language, peak!.exhausted / peak!.members),
            date: shortDate(language, peak!.day),
          })
        : t('preview.forecast.someDryNoCast', {
            stream,
            percent: percentText(language, peak!.exhausted / peak!.members),
            date: shortDate(language, peak!.day),
          });
    case 'mostDry': {
      const first = t('preview.forecast.half', {
        stream,
        date: longDate(language, half!.day),
        count: half!.casts,
      });
      const then =
        ninety !== null
          ? t('preview.forecast.ninety', {
              percent: percentText(language, MOST),
              date: shortDate(language, ninety.day),
            })
          : t('preview.forecast.ninetyNever', {
              percent: percentText(language, MOST),
              peak: percentText(language, peak!.exhausted / peak!.members),
              date: shortDate(language, peak!.day),
            });
      return `${first}; ${then}`;
    }
  }
}
