/**
 * Presenter mode: the editor fills the screen (the Fullscreen API; when the browser refuses, it
 * fills the window instead and says so), and the keyboard drives playback. Leaving full screen
 * by the browser's own means (Escape, F11) leaves presenter mode too.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { previewStore, usePreview } from '../../store/usePreview';
import { presenterKey } from './presenterKeys';

export function usePresenter(root: RefObject<HTMLElement | null>) {
  const presenter = usePreview((s) => s.presenter);
  /** Full screen was refused: presenter mode fills the window. */
  const [refused, setRefused] = useState(false);

  const enter = useCallback(async () => {
    previewStore.getState().setPresenter(true);
    const element = root.current;
    // Focus leaves the Present button, which now reads "Leave presenter mode": Enter (reveal)
    // would otherwise press it and end the show. The page itself takes the keys (tabIndex -1:
    // focusable from here, never a tab stop; set here, so React's render never resets it).
    if (element) {
      element.setAttribute('tabindex', '-1');
      element.focus({ preventScroll: true });
    }
    try {
      if (element?.requestFullscreen === undefined) throw new Error('unsupported');
      await element.requestFullscreen();
      setRefused(false);
    } catch {
      setRefused(true);
    }
  }, [root]);

  const leave = useCallback(() => {
    previewStore.getState().setPresenter(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    // Back where the show was started from.
    root.current?.querySelector<HTMLElement>('.time-bar__present')?.focus();
  }, [root]);

  useEffect(() => {
    if (!presenter) return;
    const onFullscreen = () => {
      if (document.fullscreenElement === null) previewStore.getState().setPresenter(false);
    };
    const onKey = (event: KeyboardEvent) => {
      const action = presenterKey(event);
      if (action === null) return;
      // Enter reveals only what the quiz hides; otherwise it presses the focused button as usual.
      const { quiz, revealed } = previewStore.getState();
      if (action === 'reveal' && (!quiz || revealed)) return;
      event.preventDefault();
      event.stopPropagation();
      if (action === 'leave') leave();
      else runAction(action);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    window.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [presenter, leave]);

  // Leaving the editor (Back, another program) ends presenter mode, so the next one opens as usual.
  useEffect(() => () => previewStore.getState().setPresenter(false), []);

  const toggle = useCallback(() => (presenter ? leave() : void enter()), [presenter, enter, leave]);
  return { presenter, refused: presenter && refused, toggle, leave };
}

function runAction(action: Exclude<ReturnType<typeof presenterKey>, null | 'leave'>) {
  const store = previewStore.getState();
  if (action === 'next') store.stepCast(1);
  else if (action === 'previous') store.stepCast(-1);
  else if (action === 'play') {
    if (store.playing) store.pause();
    else store.play();
  } else if (action === 'quiz') store.setQuiz(!store.quiz);
  else store.reveal();
}
