/**
 * The keys of presenter mode: Space and Right for the next cast, Left for the previous one, P to
 * play or pause, Q for the quiz, Enter to reveal, Escape to leave. Typing in a text field keeps
 * its keys (the jump-to-date field), and a key with Ctrl, Alt or Meta is never taken.
 */
export type PresenterAction = 'next' | 'previous' | 'play' | 'quiz' | 'reveal' | 'leave';

/** The presenter keys in the order the on-screen hint and the shortcuts list show them. */
export const PRESENTER_KEYS = ['next', 'step', 'play', 'quiz', 'reveal', 'leave'] as const;

const BY_KEY: Record<string, PresenterAction> = {
  ' ': 'next',
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  p: 'play',
  P: 'play',
  q: 'quiz',
  Q: 'quiz',
  Enter: 'reveal',
  Escape: 'leave',
};

export function presenterKey(event: KeyboardEvent): PresenterAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const target = event.target;
  if (
    target instanceof HTMLElement &&
    ((target instanceof HTMLInputElement && target.type === 'text') ||
      target instanceof HTMLTextAreaElement ||
      target.isContentEditable) &&
    event.key !== 'Escape'
  )
    return null;
  return BY_KEY[event.key] ?? null;
}
