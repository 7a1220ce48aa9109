/** How the charts write dates and numbers: buckets ("Week of 3 Mar"), counts, axis ticks. */
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

// One formatter per language and style: a chart writes hundreds of numbers per render, and
// building an Intl.NumberFormat costs far more than using one.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, compact: boolean): Intl.NumberFormat {
  const key = `${language}|${compact}`;
  let f = formats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(
      language,
      compact ? { notation: 'compact', maximumFractionDigits: 1 } : {},
    );
    formats.set(key, f);
  }
  return f;
}

/** 1234 -> "1,234" in the reader's language. */
export const formatCount = (language: string, n: number) => numberFormat(language, false).format(n);

/** 1,234 -> "1.2K" in the reader's language, for axis ticks. */
export const compactNumber = (language: string, n: number) =>
  numberFormat(language, true).format(n);
