/**
 * The library's status message ("Deleted Nurture-A — Undo"). The live region is always in the
 * page so screen readers announce each new message. A message stays 10 s, longer while the
 * pointer or focus is on it (WCAG 2.2.1), and can be dismissed.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ToastMessage {
  /** A new id is a new message: it restarts the timer, even for the same text. */
  id: number;
  text: string;
  action?: { label: string; run: () => void };
}

const SHOWN_MS = 10_000;

interface LibraryToastProps {
  toast: ToastMessage | null;
  onDismiss: () => void;
}

export function LibraryToast({ toast, onDismiss }: LibraryToastProps) {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && <Toast key={toast.id} toast={toast} onDismiss={onDismiss} />}
    </div>
  );
}

function Toast({ toast, onDismiss }: { toast: ToastMessage; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    if (hovered || focused) return;
    const timer = setTimeout(onDismiss, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [hovered, focused, onDismiss]);

  return (
    <div
      className="toast"
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <span className="toast__text">{toast.text}</span>
      {toast.action && (
        <>
          <span aria-hidden="true" className="toast__sep">
            —
          </span>
          <button type="button" className="toast__action" onClick={toast.action.run}>
            {toast.action.label}
          </button>
        </>
      )}
      <button
        type="button"
        className="toast__close"
        aria-label={t('library.toast.dismiss')}
        onClick={onDismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
