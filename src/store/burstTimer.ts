/**
 * A debounce with a maximum wait: `fn` runs once the touches stop for `quietMs`, and at the
 * latest `maxWaitMs` after the first touch of a burst, however long the burst goes on. Two
 * timers instead of a clock, so tests drive it with any fake timers.
 */
export interface Timers {
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface BurstTimer {
  /** Something happened: (re)starts the quiet wait, and the maximum wait if none is running. */
  touch(): void;
  /** Forgets the burst; `fn` does not run for it. */
  cancel(): void;
}

export function burstTimer(
  fn: () => void,
  { quietMs, maxWaitMs }: { quietMs: number; maxWaitMs: number },
  {
    setTimer = (f, ms) => setTimeout(f, ms),
    clearTimer = (h) => clearTimeout(h as never),
  }: Timers = {},
): BurstTimer {
  let quiet: unknown = null;
  let deadline: unknown = null;
  const cancel = () => {
    if (quiet !== null) clearTimer(quiet);
    if (deadline !== null) clearTimer(deadline);
    quiet = deadline = null;
  };
  const fire = () => {
    cancel();
    fn();
  };
  return {
    touch() {
      if (quiet !== null) clearTimer(quiet);
      quiet = setTimer(fire, quietMs);
      deadline ??= setTimer(fire, maxWaitMs);
    },
    cancel,
  };
}
