/**
 * A text field over a document value: the text stays as typed, is applied only when valid, and an
 * invalid entry is named under the field while the document keeps its value. When the value
 * changes to something the text does not mean (undo, another edit), the text follows it.
 */
import { useState } from 'react';
import { TextField, type TextFieldProps } from './TextField';

export interface DraftTextFieldProps extends Omit<TextFieldProps, 'onChange' | 'error'> {
  /** The value in the document, as text. */
  value: string;
  /** Why `text` cannot be applied, or null when it can. */
  check: (text: string) => string | null;
  onCommit: (text: string) => void;
  /** Whether valid `text` means `value` (default: the same string), so typing is not undone. */
  same?: (text: string, value: string) => boolean;
}

export function DraftTextField({
  value,
  check,
  onCommit,
  same = (text, v) => text === v,
  ...field
}: DraftTextFieldProps) {
  const [draft, setDraft] = useState({ seen: value, text: value });
  if (draft.seen !== value)
    setDraft({ seen: value, text: same(draft.text, value) ? draft.text : value });
  const change = (text: string) => {
    setDraft({ ...draft, text });
    if (check(text) === null) onCommit(text);
  };
  return <TextField {...field} value={draft.text} error={check(draft.text)} onChange={change} />;
}
