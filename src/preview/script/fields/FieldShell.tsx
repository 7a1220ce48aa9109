/**
 * The frame of every form field in the Script and Audience tabs: a label, the control, an optional
 * hint and the error under it. The error is announced and tied to the control (aria-describedby,
 * aria-invalid), so a screen reader hears what is wrong where it is wrong.
 */
import { useId, type ReactNode } from 'react';
import './fields.css';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldShellProps {
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  className?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

export function FieldShell({ label, hint, error, className, children }: FieldShellProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div className={`pf-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className="pf-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="pf-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
