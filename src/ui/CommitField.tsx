/**
 * The frame DateField and TimeField share: a label, a text input, the format it expects (always
 * read out with the input, shown unless compact), an optional hint, and the error, announced and
 * tied to the input. `compact` (a toolbar): the label and format are for screen readers only and the
 * error floats under the input instead of pushing the row apart.
 */
import './dateField.css';
import { useId, type InputHTMLAttributes } from 'react';

export interface CommitFieldProps {
  label: string;
  format: string;
  hint?: string | undefined;
  error: string | null;
  compact?: boolean | undefined;
  className?: string | undefined;
  input: InputHTMLAttributes<HTMLInputElement>;
}

export function CommitField({
  label,
  format,
  hint,
  error,
  compact,
  className,
  input,
}: CommitFieldProps) {
  const id = useId();
  const described = [`${id}-format`, hint ? `${id}-hint` : '', error ? `${id}-error` : ''];
  return (
    <div className={`commit-field${compact ? ' commit-field--compact' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'commit-field__label'}>
        {label}
      </label>
      <input
        type="text"
        autoComplete="off"
        spellCheck={false}
        {...input}
        className={`commit-field__input ${input.className ?? ''}`}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described.filter(Boolean).join(' ')}
      />
      <span id={`${id}-format`} className={compact ? 'visually-hidden' : 'commit-field__format'}>
        {format}
      </span>
      {hint && (
        <span id={`${id}-hint`} className="commit-field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="commit-field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
