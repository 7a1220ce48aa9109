/** A labelled select; options may come in named groups. */
import { FieldShell } from './FieldShell';

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: readonly Option[];
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  hint,
  error,
}: {
  label: string;
  value: string;
  options: readonly (Option | OptionGroup)[];
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | null | undefined;
}) {
  const option = (o: Option) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {(control) => (
        <select
          className="pf-input"
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) =>
            'options' in o ? (
              <optgroup key={o.label} label={o.label}>
                {o.options.map(option)}
              </optgroup>
            ) : (
              option(o)
            ),
          )}
        </select>
      )}
    </FieldShell>
  );
}
