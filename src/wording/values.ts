/**
 * Values of conditions in the reader's words: text in their quotation marks, numbers in their
 * format, yes/no, "empty", and lists as "1, 2 or 3" (Intl, through i18next's formatters).
 */
import type { TFunction } from 'i18next';
import type { Scalar } from '../model';

export function valueText(t: TFunction, value: Scalar | readonly Scalar[]): string {
  if (Array.isArray(value))
    return t('rule.value.list', { values: value.map((v: Scalar) => valueText(t, v)) });
  if (value === null) return t('rule.value.empty');
  if (typeof value === 'boolean')
    return t(value ? 'inspector.condition.true' : 'inspector.condition.false');
  if (typeof value === 'number') return t('rule.value.number', { value });
  return t('rule.value.text', { value });
}

/** Names joined as the reader's language joins alternatives: "Welcome, Offer or Tips". */
export const eitherOf = (t: TFunction, names: readonly string[]): string =>
  t('rule.value.list', { values: names });
