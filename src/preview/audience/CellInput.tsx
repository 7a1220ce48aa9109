/**
 * A text field in the people table, editing one stored value through a draft: the text stays as
 * typed while it means the stored value ("1.50" for 1.5), is applied as typed or on leaving the
 * field (Enter too), and what cannot be applied is named in the section's message on leaving, the
 * field marked invalid. Escape puts the stored value back.
 */
import { useId, useState } from 'react';

export interface CellInputProps {
  label: string;
  /** The stored value as text. */
  value: string;
  /** 'typing': every valid text is applied at once; 'leaving': on Enter or when focus leaves. */
  apply: 'typing' | 'leaving';
  /** Whether `text` means the stored value (default: the same text). */
  same?: (text: string) => boolean;
  /** Why `text` cannot be applied, or null. */
  check?: (text: string) => string | null;
  onCommit: (text: string) => void;
  /** Reports this field's problem (null: none) for the section's message, `problemId`. */
  onProblem: (field: string, message: string | null) => void;
  problemId: string;
  list?: string;
  placeholder?: string;
  /** The stored value's type, shown after the field and read with it ("number"). */
  type?: { text: string; title: string } | null;
}

export function CellInput({
  label,
  value,
  apply,
  same,
  check,
  onCommit,
  onProblem,
  problemId,
  list,
  placeholder,
  type,
}: CellInputProps) {
  const typeId = useId();
  const [draft, setDraft] = useState({ seen: value, text: value, failed: false });
  const means = (text: string) => (same ? same(text) : text === value);
  // The value changed (our commit, undo, another field): keep the text only if it still means it.
  if (draft.seen !== value)
    setDraft({ seen: value, text: means(draft.text) ? draft.text : value, failed: false });

  const problemOf = (text: string) => check?.(text) ?? null;
  const change = (text: string) => {
    setDraft({ ...draft, text, failed: false });
    if (draft.failed) onProblem(label, null);
    if (apply === 'typing' && problemOf(text) === null && !means(text)) onCommit(text);
  };
  const leave = () => {
    const problem = problemOf(draft.text);
    if (problem !== null) {
      setDraft({ ...draft, failed: true });
      onProblem(label, problem);
    } else if (!means(draft.text)) onCommit(draft.text);
  };
  const revert = () => {
    setDraft({ seen: value, text: value, failed: false });
    onProblem(label, null);
  };

  return (
    <>
      <input
        type="text"
        className="aud-cell__input"
        aria-label={label}
        aria-invalid={draft.failed || undefined}
        aria-describedby={
          [draft.failed && problemId, type && typeId].filter(Boolean).join(' ') || undefined
        }
        spellCheck={false}
        autoComplete="off"
        list={list}
        placeholder={placeholder}
        // An empty field may be too narrow for its whole placeholder ("Program zone (…)").
        title={draft.text === '' ? placeholder : undefined}
        value={draft.text}
        onChange={(e) => change(e.target.value)}
        onBlur={leave}
        onKeyDown={(e) => {
          if (e.key === 'Enter') leave();
          else if (e.key === 'Escape') revert();
        }}
      />
      {type && (
        <span id={typeId} className="aud-cell__type" title={type.title}>
          {type.text}
        </span>
      )}
    </>
  );
}
