/** A titled group of fields inside an inspector, with an optional explanation under the title. */
import { useId, type ReactNode } from 'react';

export function Section({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="inspector__section" aria-labelledby={id}>
      <h3 id={id} className="inspector__subhead">
        {title}
      </h3>
      {hint && <p className="field__hint">{hint}</p>}
      {children}
    </section>
  );
}
