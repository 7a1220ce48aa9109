/**
 * A text field that edits a document value through a draft: the text stays as typed, is applied
 * only when valid, and an invalid entry is named under the field instead. Undo, or any other change
 * of the value to something the text does not mean, replaces the draft ("7." stays while it means
 * the stored 7).
 */
import { useState } from 'react';
import { TextField, type InputProps } from './TextField';

export interface DraftInputProps extends Omit<InputProps, 'onBlur'> {
  label: string;
  /** The value in the document, as text. */
  value: string;
  /** Why `text` cannot be applied, or null when it can. */
  check: (text: string) => string | null;
  onCommit: (text: string) => void;
  /** Whether valid `text` means `value` (default: the same string), so typing is not undone. */
  same?: (text: string, value: string) => boolean;
  /** Name the error only on leaving the field (for values typed letter by letter: time zones). */
  errorOnBlur?: boolean;
  hint?: string;
}

export function DraftInput({
  value,
  check,
  onCommit,
  same = (text, v) => text === v,
  errorOnBlur = false,
  ...field
}: DraftInputProps) {
  const [draft, setDraft] = useState({ seen: value, text: value, left: false });
  // The value changed (our own commit, undo, another panel): keep the text only if it means it.
  if (draft.seen !== value)
    setDraft({ seen: value, text: same(draft.text, value) ? draft.text : value, left: false });

  const problem = check(draft.text);
  const error = problem !== null && (!errorOnBlur || draft.left) ? problem : null;

  const change = (text: string) => {
    setDraft({ ...draft, text, left: false });
    if (check(text) === null) onCommit(text);
  };

  return (
    <TextField
      {...field}
      value={draft.text}
      error={error}
      onChange={change}
      onBlur={() => setDraft((d) => ({ ...d, left: true }))}
    />
  );
}
