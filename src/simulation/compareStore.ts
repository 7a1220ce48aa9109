/**
 * The compare view's state: which other program of the family is B, the comparison under way or
 * done (for the A result and B document it was made from), and the variant just made from the
 * editor. A vanilla zustand store; the view's hook (src/preview/compare/useComparison.ts) drives it.
 */
import { createStore } from 'zustand/vanilla';
import type { CompareOutcome } from './compareRunner';

export interface CompareState {
  /** The program compared with (B): its library id and name. */
  other: { id: string; name: string } | null;
  status: 'idle' | 'running' | 'ready';
  /** What the comparison on screen was made from: A's result key and B's id. */
  madeFor: string | null;
  outcome: CompareOutcome | null;
  /** A variant made from the compare view, to offer opening it. */
  made: { id: string; name: string } | null;
}

export interface CompareActions {
  choose(other: { id: string; name: string } | null): void;
  started(madeFor: string): void;
  finished(madeFor: string, outcome: CompareOutcome): void;
  variantMade(variant: { id: string; name: string }): void;
  reset(): void;
}

const initial: CompareState = {
  other: null,
  status: 'idle',
  madeFor: null,
  outcome: null,
  made: null,
};

export function createCompareStore() {
  return createStore<CompareState & CompareActions>()((set, get) => ({
    ...initial,
    choose: (other) => set({ other, status: 'idle', outcome: null, madeFor: null }),
    started: (madeFor) => set({ status: 'running', madeFor }),
    finished: (madeFor, outcome) => {
      if (get().madeFor !== madeFor) return; // a newer comparison started meanwhile
      set({ status: 'ready', outcome });
    },
    variantMade: (made) => set({ made, other: made, status: 'idle', outcome: null, madeFor: null }),
    reset: () => set(initial),
  }));
}

export type CompareStore = ReturnType<typeof createCompareStore>;
