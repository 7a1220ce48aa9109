/**
 * The preview's state: the last complete simulation result (kept on screen, marked stale, while a
 * newer run is under way), the run in progress, problems that stop the document from simulating,
 * and what every view and the canvas share: the date cursor and the person whose journey is open
 * (the stream filter is the canvas selection, derive/filterStream.ts). A vanilla zustand store; the controller (controller.ts) drives the runs.
 */
import { createStore } from 'zustand/vanilla';
import type { PreviewAggregates, PreviewFrame } from '../engine';
import type { Problem } from '../model';
import { castDays, stepDay } from './derive/castDays';
import { cursorDayOf } from './derive/counts';
import type { FollowedPlace } from './derive/followedPlace';

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
  /** Where the person whose journey is open stands at the cursor (their token on the canvas). */
  followed: FollowedPlace | null;
  /** Playback: the cursor steps from cast to cast on its own, `speed` casts a second. */
  playing: boolean;
  speed: number;
  /** The stream whose casts playback steps through (by id); null: the casts of every stream. */
  stepStream: string | null;
  /** Presenter mode: full screen, editing hidden; quiz: the outcome of a step stays hidden... */
  presenter: boolean;
  quiz: boolean;
  /** ...until revealed (false right after a quiz step forward). */
  revealed: boolean;
  /** Whether the docked panel was open before presenter mode folded it away (restored after). */
  openBeforePresenter: boolean | null;
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
  /** To the next (1) or previous (-1) cast day; false when there is none (playback then stops). */
  stepCast(direction: 1 | -1): boolean;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  setStepStream(stream: string | null): void;
  setPresenter(presenter: boolean): void;
  setQuiz(quiz: boolean): void;
  reveal(): void;
  setFollowed(followed: FollowedPlace | null): void;
  openPerson(person: string | null): void;
  /** Back to a saved moment (a bookmark): its date, its person and its view, at once. */
  restoreMoment(moment: {
    cursorDay: number | null;
    person: string | null;
    view: PreviewView;
  }): void;
  showView(view: PreviewView): void;
  setOpen(open: boolean): void;
  setHeight(height: number): void;
  setMaximized(maximized: boolean): void;
  reset(): void;
}

/** Playback speeds offered, in casts a second. */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;

export type PreviewStore = ReturnType<typeof createPreviewStore>;
export const PANEL_MIN = 160;
export const PANEL_DEFAULT = 320;

/**
 * About a third of the window: room for the calendar, and the canvas keeps the larger part; at
 * least 280 px (300 before the time bar came between them, about 40 px, half of it taken from
 * here), so a 720 px laptop screen shows a few rows of a view under its tabs and the canvas
 * still shows a lane's header and first card.
 */
export function defaultPanelHeight(): number {
  if (typeof window === 'undefined') return PANEL_DEFAULT;
  return Math.round(Math.min(360, Math.max(280, window.innerHeight * 0.34)));
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
  followed: null,
  playing: false,
  speed: 1,
  stepStream: null,
  presenter: false,
  quiz: false,
  revealed: true,
  openBeforePresenter: null,
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
    // A jump shows its date as it is: the quiz hides only what a step forward brings.
    setCursor: (cursorDay) => set({ cursorDay, revealed: true }),
    stepCast: (direction) => {
      const { result, cursorDay, stepStream, quiz } = get();
      if (result === null) return false;
      const { frame } = result;
      const stream = stepStream === null ? -1 : frame.streamIds.indexOf(stepStream);
      const day = stepDay(castDays(frame, stream), cursorDayOf(frame, cursorDay), direction);
      if (day === undefined) {
        set({ playing: false });
        return false;
      }
      set({ cursorDay: day, revealed: !(quiz && direction === 1) });
      return true;
    },
    play: () => {
      const { result, cursorDay, stepStream } = get();
      if (result === null) return;
      const { frame } = result;
      const days = castDays(frame, stepStream === null ? -1 : frame.streamIds.indexOf(stepStream));
      // At the last cast, play starts again from the first rather than doing nothing.
      if (stepDay(days, cursorDayOf(frame, cursorDay), 1) === undefined && days.length > 0)
        set({ cursorDay: days[0]!, revealed: true });
      set({ playing: true });
    },
    pause: () => set({ playing: false }),
    setSpeed: (speed) => set({ speed }),
    setStepStream: (stepStream) => set({ stepStream }),
    // Presenter mode folds the docked views away (they would show what the quiz hides, and the
    // room is the canvas's), and puts them back as they were when it ends.
    setPresenter: (presenter) => {
      const { open, openBeforePresenter, presenter: was } = get();
      if (presenter === was) return;
      set(
        presenter
          ? { presenter, open: false, openBeforePresenter: open }
          : {
              presenter,
              quiz: false,
              revealed: true,
              playing: false,
              open: openBeforePresenter ?? open,
              openBeforePresenter: null,
            },
      );
    },
    setQuiz: (quiz) => set({ quiz, revealed: true }),
    reveal: () => set({ revealed: true }),
    setFollowed: (followed) => set({ followed }),
    openPerson: (person) =>
      set(
        person === null
          ? { person }
          : { person, view: 'journey', open: true, focusRequest: get().focusRequest + 1 },
      ),
    restoreMoment: ({ cursorDay, person, view }) => set({ cursorDay, person, view, open: true }),
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
