/**
 * A date typed in the app's language (03/04/2025, 04.03.2025, 04/03/2025), whatever the browser's:
 * a text field, not <input type=date>, which follows the browser's locale. It stores ISO dates
 * (YYYY-MM-DD) and commits only a whole, valid date within [min, max] (on leaving the field or
 * Enter). ArrowUp/ArrowDown step a day, PageUp/PageDown a month.
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitField } from './CommitField';
import {
  DATE_MAX,
  DATE_MIN,
  datePattern,
  formatDateText,
  parseDateText,
  stepDate,
} from './dateText';
import { todayIso } from './today';
import { useCommitText, type Reading } from './useCommitText';

export interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  onCommit: (iso: string) => void;
  /** The field may be left empty (commits ''). */
  optional?: boolean;
  /** The earliest and latest dates accepted (default: the years 2000 to 2099). */
  min?: string | undefined;
  max?: string | undefined;
  hint?: string | undefined;
  /** A problem the caller sees (such as a period ending before it starts). */
  error?: string | null | undefined;
  compact?: boolean;
  className?: string;
  inputClassName?: string;
  disabled?: boolean;
}

/** "January 1, 2000", "1. Januar 2000": a bound in words, unmistakable in any order. */
const longDate = (language: string, iso: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${iso}T00:00:00Z`),
  );

export function DateField({
  label,
  value,
  onCommit,
  optional = false,
  min = DATE_MIN,
  max = DATE_MAX,
  hint,
  error,
  compact,
  className,
  inputClassName,
  disabled,
}: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { order, separator } = datePattern(language);
  const pattern = order.map((part) => t(`dateField.${part}`)).join(separator);
  const range = { min: longDate(language, min), max: longDate(language, max) };

  const read = (text: string): Reading => {
    const reading = parseDateText(language, text);
    if (reading.kind === 'empty')
      return optional
        ? { ok: true, value: '' }
        : { ok: false, problem: t('dateField.required', { pattern }) };
    if (reading.kind === 'format')
      return {
        ok: false,
        problem: t('dateField.format', {
          pattern,
          example: formatDateText(language, '2025-03-04'),
        }),
      };
    if (reading.kind === 'invalid')
      return { ok: false, problem: t('dateField.invalid', { text: text.trim(), pattern }) };
    if (reading.iso < min || reading.iso > max)
      return { ok: false, problem: t('dateField.range', range) };
    return { ok: true, value: reading.iso };
  };

  const step = (from: string | null, event: KeyboardEvent) => {
    const by = {
      ArrowUp: { days: 1 },
      ArrowDown: { days: -1 },
      PageUp: { months: 1 },
      PageDown: { months: -1 },
    }[event.key];
    if (by === undefined || event.altKey || event.ctrlKey || event.metaKey) return null;
    const next = from === null ? todayIso() : stepDate(from, by);
    return next < min ? min : next > max ? max : next;
  };

  const field = useCommitText({
    value,
    show: (iso) => formatDateText(language, iso),
    read,
    onCommit,
    step,
    revertOnBlur: compact,
  });
  return (
    <CommitField
      label={label}
      format={t('dateField.formatHint', { pattern })}
      hint={hint}
      error={field.problem ?? error ?? null}
      compact={compact}
      className={className}
      input={{
        ...field.inputProps,
        inputMode: 'numeric',
        placeholder: pattern,
        size: 11,
        disabled,
        className: inputClassName,
      }}
    />
  );
}
