/**
 * A one-field form above the table (a new person's id, a new attribute's name): Enter or the
 * button submits, Escape or Cancel closes; a name that cannot be used is said under the field.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export function NameForm({
  label,
  initial,
  submitLabel,
  check,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial: string;
  submitLabel: string;
  /** Why `name` cannot be used (it is trimmed), or null. */
  check: (name: string) => string | null;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = text.trim();
    const problem = check(name);
    setError(problem);
    if (problem === null) onSubmit(name);
  };
  return (
    <form className="aud-name-form" onSubmit={submit}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={text}
        aria-invalid={error !== null || undefined}
        aria-describedby={error !== null ? errorId : undefined}
        // The form opens on a click asking for it: the field is where typing goes next.
        autoFocus
        onFocus={(e) => e.target.select()}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      <button type="submit" className="audience-button audience-button--primary">
        {submitLabel}
      </button>
      <button type="button" className="audience-button" onClick={onCancel}>
        {t('preview.audience.people.cancel')}
      </button>
      {error !== null && (
        <p id={errorId} className="aud-name-form__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
