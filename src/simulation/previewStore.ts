/**
 * The preview's state: the last complete simulation result (kept on screen, marked stale, while a
 * newer run is under way), the run in progress, problems that stop the document from simulating,
 * and what every view and the canvas share: the date cursor and the person whose journey is open
 * (the stream filter is the canvas selection, derive/filterStream.ts). A vanilla zustand store; the controller (controller.ts) drives the runs.
 */
import { createStore } from 'zustand/vanilla';
import type { PreviewAggregates, PreviewFrame } from '../engine';
import type { Problem } from '../model';
import { cursorDayOf } from './derive/counts';

export interface PreviewResult {
  key: string;
  frame: PreviewFrame;
  aggregates: PreviewAggregates;
  /** Workers that shared the run, and how long it took (ms), for the toolbar's tooltip. */
  workers: number;
  elapsed: number;
}

export type RunStatus = 'idle' | 'running' | 'ready' | 'invalid' | 'cancelled' | 'failed';

export const PREVIEW_VIEWS = [
  'calendar',
  'people',
  'journey',
  'charts',
  'forecast',
  'report',
  'audience',
  'script',
  'compare',
] as const;
export type PreviewView = (typeof PREVIEW_VIEWS)[number];

export interface PreviewState {
  status: RunStatus;
  result: PreviewResult | null;
  /** The result on screen is not that of the current document (a run is due or under way). */
  stale: boolean;
  /** Why the current document cannot be simulated (status 'invalid'). */
  problems: Problem[];
  failure: string | null;
  progress: { runId: number; done: number; total: number; startedAt: number } | null;
  /** Runs started so far (the newest run's id), whether simulated or found in the cache. */
  runs: number;
  /** Simulations completed (a result found in the cache, after an undo, does not count). */
  simulations: number;
  /** The shared date cursor, a day number in the program zone (null: the first cast). */
  cursorDay: number | null;
  /** The person whose journey is open, by id. */
  person: string | null;
  /** Bumped when a view is opened from another (a journey from a list): focus follows to it. */
  focusRequest: number;
  view: PreviewView;
  open: boolean;
  /** Height of the docked panel, in pixels. */
  height: number;
  /** Taller than its height: all the room the canvas can spare (its own 160 px kept). */
  maximized: boolean;
}

export interface PreviewActions {
  runStarted(runId: number, total: number, at: number): void;
  progressed(runId: number, done: number): void;
  finished(runId: number, result: PreviewResult, cached?: boolean): void;
  invalid(runId: number, problems: Problem[]): void;
  stopped(runId: number, status: 'cancelled' | 'failed', failure?: string): void;
  setCursor(day: number | null): void;
  openPerson(person: string | null): void;
  showView(view: PreviewView): void;
  setOpen(open: boolean): void;
  setHeight(height: number): void;
  setMaximized(maximized: boolean): void;
  reset(): void;
}

export type PreviewStore = ReturnType<typeof createPreviewStore>;
export const PANEL_MIN = 160;
export const PANEL_DEFAULT = 320;

/**
 * About a third of the window: room for the calendar, and the canvas keeps the larger part; at
 * least 300 px, so a 720 px laptop screen shows a few rows of a view under its tabs, not one.
 */
export function defaultPanelHeight(): number {
  if (typeof window === 'undefined') return PANEL_DEFAULT;
  return Math.round(Math.min(360, Math.max(300, window.innerHeight * 0.34)));
}

const initial: PreviewState = {
  status: 'idle',
  result: null,
  stale: false,
  problems: [],
  failure: null,
  progress: null,
  runs: 0,
  simulations: 0,
  cursorDay: null,
  person: null,
  focusRequest: 0,
  view: 'calendar',
  open: true,
  height: defaultPanelHeight(),
  maximized: false,
};

export function createPreviewStore() {
  return createStore<PreviewState & PreviewActions>()((set, get) => ({
    ...initial,
    runStarted: (runId, total, at) =>
      set({
        status: 'running',
        stale: get().result !== null,
        runs: runId,
        progress: { runId, done: 0, total, startedAt: at },
        failure: null,
      }),
    progressed: (runId, done) => {
      const progress = get().progress;
      if (progress?.runId === runId) set({ progress: { ...progress, done } });
    },
    finished: (runId, result, cached = false) => {
      if (runId !== get().runs) return; // an older run finished after a newer one started
      const simulations = get().simulations + (cached ? 0 : 1);
      // The first result pins the cursor where it opens (the first cast), so a later edit that
      // moves the first cast does not move the cursor too.
      const cursorDay = get().cursorDay ?? cursorDayOf(result.frame, null);
      set({
        status: 'ready',
        result,
        stale: false,
        progress: null,
        problems: [],
        simulations,
        cursorDay,
      });
    },
    invalid: (runId, problems) => {
      if (runId !== get().runs) return;
      set({ status: 'invalid', problems, stale: get().result !== null, progress: null });
    },
    stopped: (runId, status, failure) => {
      if (runId !== get().runs) return;
      set({ status, progress: null, failure: failure ?? null });
    },
    setCursor: (cursorDay) => set({ cursorDay }),
    openPerson: (person) =>
      set(
        person === null
          ? { person }
          : { person, view: 'journey', open: true, focusRequest: get().focusRequest + 1 },
      ),
    showView: (view) => set({ view, open: true }),
    setOpen: (open) => set({ open }),
    setHeight: (height) =>
      set({ height: Math.max(PANEL_MIN, Math.round(height)), maximized: false }),
    setMaximized: (maximized) => set({ maximized, open: true }),
    reset: () =>
      set({
        ...initial,
        open: get().open,
        height: get().height,
        maximized: get().maximized,
        view: get().view,
      }),
  }));
}
