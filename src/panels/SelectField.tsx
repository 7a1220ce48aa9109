/**
 * A labelled select over a fixed list of options that commits a choice once it is made, not while
 * the keyboard browses the list. Chromium changes a closed select's value on every arrow key or
 * typed letter (and fires `change`): here those only show the option under the cursor, with a
 * hint, until Enter commits it; Escape, or leaving the field, goes back to the current choice
 * (leaving must not add a rule or move a card by accident). A choice made in the opened list (a
 * click, or Enter there) commits at once. The select stays focused: nothing here re-mounts it.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface Option<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

/** Keys with which a closed select steps through its options (and letters, for type-ahead). */
const BROWSING = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);
const browses = (e: KeyboardEvent) =>
  !e.altKey && !e.ctrlKey && !e.metaKey && (BROWSING.has(e.key) || e.key.length === 1);

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hint,
}: {
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  hint?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  // The option shown while the keyboard browses; undefined when the field shows `value`.
  const [browsed, setBrowsed] = useState<T | undefined>(undefined);
  // Set by a browsing key for the `change` the browser fires right after it (before keyup).
  const browsing = useRef(false);
  const pending = browsed !== undefined && browsed !== value ? browsed : undefined;

  const commit = (next: T) => {
    setBrowsed(undefined);
    if (next !== value) onChange(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLSelectElement>) => {
    if (e.key === 'Enter' && pending !== undefined) {
      e.preventDefault(); // commit, rather than open the list
      commit(pending);
    } else if (e.key === 'Escape' && pending !== undefined) {
      e.preventDefault();
      e.stopPropagation(); // going back is all Escape does here
      setBrowsed(undefined);
    } else browsing.current = browses(e);
  };
  const describedBy = [hint ? `${id}-hint` : '', pending !== undefined ? `${id}-pending` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={browsed ?? value}
        aria-describedby={describedBy || undefined}
        onKeyDown={onKeyDown}
        onKeyUp={() => (browsing.current = false)}
        onBlur={() => {
          browsing.current = false;
          setBrowsed(undefined);
        }}
        onChange={(e) => {
          const next = e.target.value as T;
          if (browsing.current) setBrowsed(next);
          else commit(next);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {pending !== undefined && (
        <p id={`${id}-pending`} className="field__pending">
          {t('inspector.select.pending')}
        </p>
      )}
    </div>
  );
}
