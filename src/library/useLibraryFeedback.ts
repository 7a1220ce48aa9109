/**
 * The library page's feedback state: the status toast, the error banner, and the element to
 * focus once the list has re-rendered (after a delete, undo or rename moves rows around).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './errorMessage';
import type { ToastMessage } from './LibraryToast';

export function useLibraryFeedback(root: RefObject<HTMLElement | null>, listVersion: unknown) {
  const { t } = useTranslation();
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const nextId = useRef(0);

  const showToast = useCallback((text: string, action?: ToastMessage['action']) => {
    setToast({ id: ++nextId.current, text, ...(action ? { action } : {}) });
  }, []);
  const dismissToast = useCallback(() => setToast(null), []);
  const report = useCallback((cause: unknown) => setError(errorMessage(t, cause)), [t]);
  const dismissError = useCallback(() => setError(null), []);

  // Runs after each render of a new list: the element may only exist once the data arrived.
  useEffect(() => {
    if (focusKey === null) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`);
    if (target) {
      target.focus();
      setFocusKey(null);
    }
  }, [focusKey, listVersion, root]);

  return {
    toast,
    showToast,
    dismissToast,
    error,
    report,
    dismissError,
    focus: setFocusKey,
  };
}
