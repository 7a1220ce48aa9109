/** A checkbox with its label beside it and an optional hint under both. */
import { useId } from 'react';
import './fields.css';

export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
  disabled = false,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string | undefined;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="pf-field pf-field--check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="pf-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
