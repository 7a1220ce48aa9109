/**
 * A labelled select over a fixed list of options that commits a choice once it is made, not while
 * the keyboard browses the list. Chromium changes a closed select's value on every arrow key or
 * typed letter (and fires `change`): here those only show the option under the cursor, with a
 * hint, until Enter commits it; Escape, or leaving the field, goes back to the current choice
 * (leaving must not add a rule or move a card by accident). A choice made in the opened list (a
 * click, or Enter there) commits at once. The select stays focused: nothing here re-mounts it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrowsingSelect } from '../ui/useBrowsingSelect';

export interface Option<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

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
  const { pending, selectProps } = useBrowsingSelect(value, onChange);
  const describedBy = [hint ? `${id}-hint` : '', pending !== undefined ? `${id}-pending` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...selectProps} aria-describedby={describedBy || undefined}>
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
