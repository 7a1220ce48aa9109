/**
 * A native <select> that the keyboard browses without choosing: in Chromium a closed select fires
 * `change` on every arrow key, so a list whose choice has an effect (adding a trigger, switching
 * the whole interface's language) would act on the first key. Arrow keys and type-ahead only show
 * an option; Enter chooses it, Escape or leaving the field goes back. A mouse pick chooses at once.
 */
import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/** Keys with which a closed select steps through its options (and letters, for type-ahead). */
const BROWSING = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);
const browses = (e: KeyboardEvent) =>
  !e.altKey && !e.ctrlKey && !e.metaKey && (BROWSING.has(e.key) || e.key.length === 1);

export function useBrowsingSelect<T extends string>(value: T, onChange: (value: T) => void) {
  // The option shown while the keyboard browses; undefined when the field shows `value`.
  const [browsed, setBrowsed] = useState<T | undefined>(undefined);
  // Set by a browsing key for the `change` the browser fires right after it (before keyup).
  const browsing = useRef(false);
  const pending = browsed !== undefined && browsed !== value ? browsed : undefined;

  const commit = (next: T) => {
    setBrowsed(undefined);
    if (next !== value) onChange(next);
  };
  const selectProps = {
    value: browsed ?? value,
    onKeyDown: (e: KeyboardEvent<HTMLSelectElement>) => {
      if (e.key === 'Enter' && pending !== undefined) {
        e.preventDefault(); // commit, rather than open the list
        commit(pending);
      } else if (e.key === 'Escape' && pending !== undefined) {
        e.preventDefault();
        e.stopPropagation(); // going back is all Escape does here
        setBrowsed(undefined);
      } else browsing.current = browses(e);
    },
    onKeyUp: () => (browsing.current = false),
    onBlur: () => {
      browsing.current = false;
      setBrowsed(undefined);
    },
    onChange: (e: ChangeEvent<HTMLSelectElement>) => {
      const next = e.target.value as T;
      if (browsing.current) setBrowsed(next);
      else commit(next);
    },
  };
  return { pending, selectProps };
}
