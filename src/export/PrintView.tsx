/**
 * A printable page over the editor (handout, build sheet): a full-window sheet with a bar of
 * actions (print, and whatever the page adds), printed alone through the browser's print dialog,
 * which saves a PDF. While it is open the app underneath is inert, so keyboard focus stays on the
 * sheet and its keys (the editor's shortcuts wait); Escape or Close returns to the editor and focus
 * to where it was.
 */
import './print.css';
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

interface PrintViewProps {
  titleId: string;
  onClose: () => void;
  /** Buttons beside Print (a download). */
  actions?: ReactNode;
  children: ReactNode;
}

export function PrintView({ titleId, onClose, actions, children }: PrintViewProps) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    document.body.classList.add('has-printview');
    first.current?.focus();
    // Keys belong to the sheet while it is open: caught first on the window, so Escape closes it
    // wherever focus is, and the editor's shortcuts (undo, ?) do not act on the page behind.
    // Buttons still work: Enter and Space press them as the browser's default action.
    const onKey = (event: KeyboardEvent) => {
      event.stopPropagation();
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      root?.removeAttribute('inert');
      document.body.classList.remove('has-printview');
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return createPortal(
    <div className="printview" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <div className="printview__bar">
        <button
          ref={first}
          type="button"
          className="button--primary"
          onClick={() => window.print()}
        >
          {t('editor.print.print')}
        </button>
        {actions}
        <span className="printview__hint">{t('editor.print.hint')}</span>
        <button type="button" onClick={onClose}>
          {t('editor.print.close')}
        </button>
      </div>
      <article className="printview__page">{children}</article>
    </div>,
    document.body,
  );
}
