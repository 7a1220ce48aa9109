/** "Add": pick the type of the new trigger or filter, then press the button. */
import { useId, useState } from 'react';
import type { Option } from './SelectField';

export function AddPart<T extends string>({
  typeLabel,
  buttonLabel,
  options,
  initial,
  onAdd,
}: {
  typeLabel: string;
  buttonLabel: string;
  options: readonly Option<T>[];
  initial: T;
  onAdd: (type: T) => void;
}) {
  const id = useId();
  const [type, setType] = useState<T>(initial);
  return (
    <div className="add-part">
      <label htmlFor={id}>{typeLabel}</label>
      <select id={id} value={type} onChange={(e) => setType(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => onAdd(type)}>
        {buttonLabel}
      </button>
    </div>
  );
}
