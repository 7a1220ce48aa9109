/**
 * Cadences and rules in words, in the reader's language: "Every week on Tue at 09:00",
 * "fills out form F-demo". Weekday names come from Intl, so every language has its own.
 */
import type { TFunction } from 'i18next';
import type { Cadence, TransitionRule, Trigger, Weekday } from '../model';
import { WEEKDAYS } from '../model';

/** Short weekday names in `language`, Sunday first (2023-01-01 was a Sunday). */
function weekdayName(language: string, day: Weekday, style: 'short' | 'long' = 'short'): string {
  const date = new Date(Date.UTC(2023, 0, 1 + WEEKDAYS.indexOf(day)));
  return new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(date);
}

export function cadenceText(t: TFunction, language: string, cadence: Cadence | undefined): string {
  if (cadence === undefined || cadence.type === 'none') return t('cadence.none');
  const time = cadence.time;
  const rtz = cadence.recipientTimeZone ? ` (${t('cadence.rtz')})` : '';
  if (cadence.type === 'weekly') {
    const days = [...cadence.weekdays]
      .sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
      .map((d) => weekdayName(language, d))
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
      weekday: weekdayName(language, nth.weekday, 'long'),
      time,
    }) + rtz
  );
}

export function formatDate(language: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export interface Names {
  content(id: string): string;
  stream(id: string): string;
}

function triggerText(t: TFunction, trigger: Trigger, names: Names): string {
  switch (trigger.type) {
    case 'attributeChanged':
      return trigger.to
        ? t('rule.attributeChangedTo', {
            attribute: trigger.attribute,
            op: trigger.to.op,
            value: JSON.stringify(trigger.to.value),
          })
        : t('rule.attributeChanged', { attribute: trigger.attribute });
    case 'fillsOutForm':
      return trigger.form
        ? t('rule.fillsOutForm', { form: trigger.form })
        : t('rule.fillsOutAnyForm');
    case 'clicksEmail':
      return trigger.content
        ? t('rule.clicksEmail', { content: names.content(trigger.content) })
        : t('rule.clicksAnyEmail');
    case 'opensEmail':
      return trigger.content
        ? t('rule.opensEmail', { content: names.content(trigger.content) })
        : t('rule.opensAnyEmail');
    case 'addedToProgram':
      return t('rule.addedToProgram');
    case 'streamChanged':
      return trigger.to
        ? t('rule.streamChanged', { stream: names.stream(trigger.to) })
        : t('rule.streamChangedAny');
  }
}

/** "fills out form F-demo or opens E2 (+1 condition)": the edge label. The source lane is the edge. */
export function ruleSummary(t: TFunction, rule: TransitionRule, names: Names): string {
  const triggers = rule.triggers.map((tr) => triggerText(t, tr, names)).join(t('rule.or'));
  const others = (rule.filters ?? []).filter((f) => f.type !== 'inStream').length;
  return others > 0 ? triggers + t('rule.moreFilters', { count: others }) : triggers;
}
