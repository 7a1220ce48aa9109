/**
 * The text of a field that edits a typed value (a date, a time) and commits it only whole: typing
 * changes the text alone; leaving the field or pressing Enter reads it, and either commits the value
 * or names what is wrong (nothing is saved half-typed, so a year typed digit by digit is never year
 * 1208). Escape puts back the stored value; arrow keys step from the value shown. When the stored
 * value changes (undo, another panel), the text follows it.
 */
import { useState, type ChangeEvent, type KeyboardEvent } from 'react';

export type Reading = { ok: true; value: string } | { ok: false; problem: string };

export interface CommitTextOptions {
  /** The stored value ('' for none). */
  value: string;
  /** The stored value as shown; changes with the language. */
  show: (value: string) => string;
  /** What the text means: a value to store, or the problem with it. */
  read: (text: string) => Reading;
  onCommit: (value: string) => void;
  /** The value an arrow or page key steps to from `from` (null: the text means no value yet). */
  step?: (from: string | null, event: KeyboardEvent) => string | null;
  /** Leaving the field with a wrong text puts the stored value back (a toolbar field, where a
   * message left behind would cover what is under it); Enter still names the problem. */
  revertOnBlur?: boolean;
}

export function useCommitText({
  value,
  show,
  read,
  onCommit,
  step,
  revertOnBlur = false,
}: CommitTextOptions) {
  const shown = show(value);
  const [state, setState] = useState({ seen: shown, text: shown, problem: null as string | null });
  if (state.seen !== shown) setState({ seen: shown, text: shown, problem: null });

  /** Reads the text; true when it is a value (committed if new). */
  const commit = (text = state.text): boolean => {
    const reading = read(text);
    if (!reading.ok) {
      setState({ ...state, text, problem: reading.problem });
      return false;
    }
    setState({ ...state, text: show(reading.value), problem: null });
    if (reading.value !== value) onCommit(reading.value);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      if (!commit()) event.preventDefault(); // an invalid field does not submit its form
      return;
    }
    if (event.key === 'Escape' && state.text !== shown) {
      event.preventDefault();
      event.stopPropagation(); // revert the field, do not close the dialog around it
      setState({ ...state, text: shown, problem: null });
      return;
    }
    const reading = read(state.text);
    const next = step?.(reading.ok && reading.value !== '' ? reading.value : null, event) ?? null;
    if (next === null) return;
    event.preventDefault();
    setState({ ...state, text: show(next), problem: null });
  };

  return {
    text: state.text,
    problem: state.problem,
    inputProps: {
      value: state.text,
      onChange: (event: ChangeEvent<HTMLInputElement>) =>
        setState({ ...state, text: event.target.value, problem: null }),
      onBlur: () => {
        if (!commit() && revertOnBlur) setState({ ...state, text: shown, problem: null });
      },
      onKeyDown,
    },
  };
}
