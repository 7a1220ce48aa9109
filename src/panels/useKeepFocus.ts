/**
 * Keeps the keyboard focus in the inspector when an edit re-renders the control that had it away:
 * moving a card to another stream shows that card's inspector anew, adding a rule from a stream
 * shows the rule. When the focused control leaves the page this way (not when the user moves the
 * focus elsewhere), the focus goes to the control with the same label in the new panel, else to
 * the panel's first `data-autofocus` element (the trigger prompt of a new rule), else to the title.
 */
import { useEffect, type RefObject } from 'react';

/** What identifies a control across a re-render: its tag and its label (or text). */
function descriptorOf(element: HTMLElement): string {
  const labelled = element as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> | null };
  const label = labelled.labels?.[0]?.textContent ?? element.textContent ?? '';
  return `${element.tagName}|${label.trim()}`;
}

function replacementIn(root: HTMLElement, descriptor: string): HTMLElement | null {
  const controls = root.querySelectorAll<HTMLElement>('select, input, textarea, button');
  for (const control of controls) if (descriptorOf(control) === descriptor) return control;
  return (
    root.querySelector<HTMLElement>('[data-autofocus]') ??
    root.querySelector<HTMLElement>('[tabindex="-1"]')
  );
}

export function useKeepFocus(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onFocusOut = (event: FocusEvent) => {
      const lost = event.target;
      if (event.relatedTarget !== null || !(lost instanceof HTMLElement)) return;
      const descriptor = descriptorOf(lost);
      // After the render that removed it (still attached while this event runs): a control the
      // user left is still on the page, one an edit replaced is not.
      queueMicrotask(() => {
        const active = document.activeElement;
        if (lost.isConnected || (active !== null && active !== document.body)) return;
        replacementIn(element, descriptor)?.focus();
      });
    };
    element.addEventListener('focusout', onFocusOut);
    return () => element.removeEventListener('focusout', onFocusOut);
  }, [root]);
}
