/** How the time charts name a bucket: a date for a day, "Week of 3 Mar" for a week. */
import type { TFunction } from 'i18next';
import { longDate, shortDate } from '../../simulation/derive/dates';
import type { Bucket } from './chartPeriods';

export function bucketLabel(
  t: TFunction,
  language: string,
  resolution: 'day' | 'week' | 'month',
  bucket: Bucket,
): string {
  if (resolution === 'day') return longDate(language, bucket.first);
  const dates = {
    first: shortDate(language, bucket.first),
    last: shortDate(language, bucket.last),
  };
  return resolution === 'week' ? t('preview.charts.week', dates) : t('preview.charts.month', dates);
}

const compact = new Map<string, Intl.NumberFormat>();

/** 1,234 -> "1.2K" in the reader's language, for axis ticks. */
export function compactNumber(language: string, n: number): string {
  let f = compact.get(language);
  if (f === undefined) {
    f = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    compact.set(language, f);
  }
  return f.format(n);
}
