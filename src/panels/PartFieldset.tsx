/**
 * One trigger or filter of a builder: a numbered group with its remove button. The button can be
 * disabled with a reason (the last trigger of a rule, R47); the reason is tied to it.
 */
import { useId, type ReactNode } from 'react';

export function PartFieldset({
  legend,
  removeLabel,
  onRemove,
  removeBlocked,
  children,
}: {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  /** Why removing is not possible now, or undefined when it is. */
  removeBlocked?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="part">
      <legend>{legend}</legend>
      {children}
      <button
        type="button"
        className="part__remove"
        onClick={onRemove}
        disabled={removeBlocked !== undefined}
        aria-describedby={removeBlocked ? `${id}-why` : undefined}
      >
        {removeLabel}
      </button>
      {removeBlocked && (
        <p id={`${id}-why`} className="field__hint">
          {removeBlocked}
        </p>
      )}
    </fieldset>
  );
}
