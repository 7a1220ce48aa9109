/** A cadence in words, in the reader's language: "Every 2 weeks on Tue, Thu at 09:00". */
import type { TFunction } from 'i18next';
import { WEEKDAYS, type Cadence } from '../model';
import { weekdayLabel } from './weekdays';

export function cadenceText(t: TFunction, language: string, cadence: Cadence | undefined): string {
  if (cadence === undefined || cadence.type === 'none') return t('cadence.none');
  const time = cadence.time;
  const rtz = cadence.recipientTimeZone ? ` (${t('cadence.rtz')})` : '';
  if (cadence.type === 'weekly') {
    const days = [...cadence.weekdays]
      .sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
      .map((d) => weekdayLabel(language, d, 'short'))
      .join(', ');
    return t('cadence.weekly', { count: cadence.every, days, time }) + rtz;
  }
  if (cadence.dayOfMonth !== undefined)
    return t('cadence.monthlyDay', { count: cadence.every, day: cadence.dayOfMonth, time }) + rtz;
  const nth = cadence.nthWeekday!;
  return (
    t('cadence.monthlyNth', {
      count: cadence.every,
      nth: t(`cadence.nth.${nth.n as 1 | 2 | 3 | 4}`),
      weekday: weekdayLabel(language, nth.weekday, 'long'),
      time,
    }) + rtz
  );
}
