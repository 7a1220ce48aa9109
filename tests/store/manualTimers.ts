/** Timers that run only when the test says so, for the autosave's and version keeper's options. */
export function manualTimers() {
  let queue: { fn: () => void; at: number; id: number }[] = [];
  let now = 0;
  let id = 0;
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      queue.push({ fn, at: now + ms, id: ++id });
      return id;
    },
    clearTimer: (handle: unknown) => {
      queue = queue.filter((t) => t.id !== handle);
    },
    /** Moves time on by `ms`, running due timers in time order, and lets promises settle. */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const next = queue
          .filter((t) => t.at <= until)
          .sort((a, b) => a.at - b.at || a.id - b.id)[0];
        if (next === undefined) break;
        queue = queue.filter((t) => t !== next);
        now = next.at;
        next.fn();
        await settle();
      }
      now = until;
      await settle();
    },
  };
}

async function settle() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}
