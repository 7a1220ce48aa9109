/**
 * A modal dialog on the native <dialog>: the browser traps focus, makes the page inert and turns
 * Escape into `cancel`. Rendered only while open; focus goes back where it was on close.
 * The element marked `data-autofocus` gets focus on open (React's autoFocus runs too early).
 * (jsdom has no showModal: there the dialog is simply shown with `open`.)
 */
import './modal.css';
import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  titleId: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

export function Modal({ titleId, onClose, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault(); // React state decides whether the dialog exists
        onClose();
      }}
      onKeyDown={(event) => {
        // jsdom (and browsers without showModal) send no `cancel`.
        if (event.key === 'Escape' && typeof ref.current?.showModal !== 'function') onClose();
      }}
    >
      {children}
    </dialog>
  );
}
