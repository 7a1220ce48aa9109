/** A forecast hint in words: what the button says, and exactly what applying it will change. */
import type { TFunction } from 'i18next';
import type { Hint } from './forecastHints';

/** The names of `count` new emails in the reader's language: "New email 1"... */
export const newEmailNames = (t: TFunction, count: number): string[] =>
  Array.from({ length: count }, (_, i) => t('preview.forecast.newEmail', { n: i + 1 }));

export function hintText(
  t: TFunction,
  hint: Hint,
  nameOf: (stream: string) => string,
): { title: string; detail: string } {
  switch (hint.kind) {
    case 'addEmails': {
      const names = newEmailNames(t, hint.count);
      const stream = nameOf(hint.stream);
      return {
        title: t('preview.forecast.hints.addEmails', { count: hint.count, stream }),
        detail: t('preview.forecast.hints.addEmailsDetail', {
          count: hint.count,
          stream,
          first: names[0],
          last: names[names.length - 1],
        }),
      };
    }
    case 'slowDown': {
      const weeks = hint.unit === 'weekly';
      const stream = nameOf(hint.stream);
      return {
        title: weeks
          ? t('preview.forecast.hints.slowDownWeeks', { every: hint.every, stream })
          : t('preview.forecast.hints.slowDownMonths', { every: hint.every, stream }),
        detail: t('preview.forecast.hints.slowDownDetail', {
          now: weeks
            ? t('preview.forecast.hints.everyWeeks', { count: hint.was })
            : t('preview.forecast.hints.everyMonths', { count: hint.was }),
          count: hint.castsThen,
          castsNow: hint.castsNow,
          half: hint.castsToHalf,
        }),
      };
    }
    case 'moveRunDry':
      return {
        title: t('preview.forecast.hints.moveRunDry', { to: nameOf(hint.to) }),
        detail: t('preview.forecast.hints.moveRunDryDetail', {
          from: nameOf(hint.from),
          to: nameOf(hint.to),
        }),
      };
  }
}
