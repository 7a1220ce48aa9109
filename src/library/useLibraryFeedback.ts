/**
 * The library page's feedback state: the status toast, the error banner, and the element to
 * focus once the list has re-rendered (after a delete, undo or rename moves rows around).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../ui/errorMessage';
import type { ToastMessage } from './LibraryToast';

export function useLibraryFeedback(root: RefObject<HTMLElement | null>, listVersion: unknown) {
  const { t } = useTranslation();
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nextId = useRef(0);
  // The element to focus, kept until it exists; `focusRequests` re-runs the effect on a request.
  const pendingFocus = useRef<string | null>(null);
  const [focusRequests, setFocusRequests] = useState(0);

  const showToast = useCallback((text: string, action?: ToastMessage['action']) => {
    setToast({ id: ++nextId.current, text, ...(action ? { action } : {}) });
  }, []);
  const dismissToast = useCallback(() => setToast(null), []);
  const report = useCallback((cause: unknown) => setError(errorMessage(t, cause)), [t]);
  const dismissError = useCallback(() => setError(null), []);

  const focus = useCallback((key: string) => {
    pendingFocus.current = key;
    setFocusRequests((n) => n + 1);
  }, []);

  // Runs after a request and after each new list: the element may only exist once data arrived.
  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`);
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  }, [focusRequests, listVersion, root]);

  return {
    toast,
    showToast,
    dismissToast,
    error,
    report,
    dismissError,
    focus,
  };
}
