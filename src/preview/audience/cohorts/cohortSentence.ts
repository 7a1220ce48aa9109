/**
 * What a cohort means, in one sentence: "1,000 people join Early, 50 a day from Dec 1, 2026 at
 * 08:00 (the last on Dec 20, 2026)". The join schedule follows docs/format.md: the first N join on
 * `from`, the next N a day (or a week) later, and so on.
 */
import type { TFunction } from 'i18next';
import type { Cohort } from '../../../model';
import { dayOfIso, isoOfDay } from '../../../simulation/derive/dates';

const formats = new Map<string, Intl.DateTimeFormat>();

export function dateText(language: string, iso: string): string {
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(language, format);
  }
  return format.format(Date.parse(`${iso}T00:00:00Z`));
}

/** The day the cohort's last person joins, YYYY-MM-DD. */
export function lastJoinDate(cohort: Cohort): string {
  const per = cohort.join.perDay ?? cohort.join.perWeek;
  if (per === undefined) return cohort.join.from;
  const step = cohort.join.perWeek !== undefined ? 7 : 1;
  return isoOfDay(dayOfIso(cohort.join.from) + Math.floor((cohort.size - 1) / per) * step);
}

export function cohortSentence(
  t: TFunction,
  language: string,
  cohort: Cohort,
  streamName: string,
): string {
  const { join } = cohort;
  const per = join.perDay ?? join.perWeek;
  const values = {
    count: cohort.size,
    stream: streamName,
    date: dateText(language, join.from),
    time: join.time ?? '00:00',
  };
  if (per === undefined || per >= cohort.size) return t('preview.cohorts.sentence.atOnce', values);
  return t(
    join.perWeek !== undefined
      ? 'preview.cohorts.sentence.perWeek'
      : 'preview.cohorts.sentence.perDay',
    { ...values, per, last: dateText(language, lastJoinDate(cohort)) },
  );
}
