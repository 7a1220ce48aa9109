/**
 * A time of day on the 24-hour clock the app shows everywhere (09:30), typed as text so it does not
 * follow the browser's locale (an <input type=time> in an English browser asks for AM/PM). Commits
 * only a whole, valid time (on leaving the field or Enter). ArrowUp/ArrowDown step 15 minutes,
 * PageUp/PageDown an hour.
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitField } from './CommitField';
import { parseTimeText, stepTime } from './dateText';
import { useCommitText, type Reading } from './useCommitText';

export interface TimeFieldProps {
  label: string;
  /** HH:mm, or '' for none. */
  value: string;
  onCommit: (time: string) => void;
  /** The field may be left empty (commits ''). */
  optional?: boolean;
  hint?: string | undefined;
  error?: string | null | undefined;
  className?: string;
  inputClassName?: string;
  disabled?: boolean;
}

const STEPS: Record<string, number> = { ArrowUp: 15, ArrowDown: -15, PageUp: 60, PageDown: -60 };

export function TimeField({
  label,
  value,
  onCommit,
  optional = false,
  hint,
  error,
  className,
  inputClassName,
  disabled,
}: TimeFieldProps) {
  const { t } = useTranslation();
  const read = (text: string): Reading => {
    const reading = parseTimeText(text);
    if (reading.kind === 'time') return { ok: true, value: reading.time };
    if (reading.kind === 'empty' && optional) return { ok: true, value: '' };
    return { ok: false, problem: t('dateField.time') };
  };
  const step = (from: string | null, event: KeyboardEvent) => {
    const by = STEPS[event.key];
    if (by === undefined || event.altKey || event.ctrlKey || event.metaKey) return null;
    return stepTime(from ?? '09:00', from === null ? 0 : by);
  };
  const field = useCommitText({ value, show: (time) => time, read, onCommit, step });
  return (
    <CommitField
      label={label}
      format={t('dateField.timeHint')}
      hint={hint}
      error={field.problem ?? error ?? null}
      className={className}
      input={{
        ...field.inputProps,
        inputMode: 'numeric',
        placeholder: t('dateField.timePattern'),
        size: 6,
        disabled,
        className: inputClassName,
      }}
    />
  );
}
