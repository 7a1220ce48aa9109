/** A labelled text input; stateless (the caller owns the text and says what is wrong with it). */
import type { InputHTMLAttributes } from 'react';
import { FieldShell } from './FieldShell';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange' | 'id'
>;

export interface TextFieldProps extends InputProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  hint?: string | undefined;
  error?: string | null | undefined;
}

export function TextField({ label, value, onChange, hint, error, ...input }: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {(control) => (
        <input
          type="text"
          className="pf-input"
          {...input}
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}
