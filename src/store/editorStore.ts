/**
 * The open document and everything about editing it: undo/redo history, selection, and where the
 * autosave stands. A vanilla zustand store, so the autosave and tests use it without React.
 * Documents are immutable; history keeps whole snapshots, which share all unchanged parts.
 */
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../model';
import type { EditResult, Refusal } from '../document/ops';
import type { Selected } from '../document/selected';

/** Edits with the same coalesce key within this window are one undo step (typing a name). */
export const COALESCE_MS = 1000;
export const HISTORY_LIMIT = 200;

export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'error';

export interface EditorState {
  programId: string | null;
  doc: Scenario | null;
  /** Revision of the stored copy this document was loaded from or last saved as. */
  savedRevision: number;
  past: Scenario[];
  future: Scenario[];
  selection: Selected[];
  /** The last refused edit, until the next edit (the UI says why). */
  refusal: Refusal | null;
  saveState: SaveState;
  saveError: string | null;
  coalesce: { key: string; at: number } | null;
}

export interface EditorActions {
  open(programId: string, doc: Scenario, revision: number): void;
  close(): void;
  /** Applies an edit; false (and `refusal` set) when the edit was refused. */
  edit(
    op: (doc: Scenario) => EditResult,
    options?: { coalesce?: string; select?: Selected[] },
  ): boolean;
  undo(): void;
  redo(): void;
  select(selection: Selected[]): void;
  saveStarted(): void;
  saved(revision: number): void;
  saveFailed(state: 'conflict' | 'error', message: string | null): void;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

const initial: EditorState = {
  programId: null,
  doc: null,
  savedRevision: 0,
  past: [],
  future: [],
  selection: [],
  refusal: null,
  saveState: 'saved',
  saveError: null,
  coalesce: null,
};

export function createEditorStore(now: () => number = () => Date.now()) {
  return createStore<EditorState & EditorActions>()((set, get) => ({
    ...initial,
    open: (programId, doc, revision) =>
      set({ ...initial, programId, doc, savedRevision: revision }),
    close: () => set({ ...initial }),
    edit(op, options = {}) {
      const { doc, past, coalesce } = get();
      if (doc === null) return false;
      const result = op(doc);
      if (!result.ok) {
        set({ refusal: result.refusal });
        return false;
      }
      if (result.doc === doc) return true;
      const at = now();
      const merge =
        options.coalesce !== undefined &&
        coalesce?.key === options.coalesce &&
        at - coalesce.at < COALESCE_MS;
      set({
        doc: result.doc,
        past: merge ? past : [...past, doc].slice(-HISTORY_LIMIT),
        future: [],
        refusal: null,
        saveState: 'pending',
        coalesce: options.coalesce === undefined ? null : { key: options.coalesce, at },
        ...(options.select ? { selection: options.select } : {}),
      });
      return true;
    },
    undo() {
      const { doc, past, future } = get();
      const previous = past[past.length - 1];
      if (doc === null || previous === undefined) return;
      set({
        doc: previous,
        past: past.slice(0, -1),
        future: [doc, ...future],
        saveState: 'pending',
        coalesce: null,
        refusal: null,
      });
    },
    redo() {
      const { doc, past, future } = get();
      const next = future[0];
      if (doc === null || next === undefined) return;
      set({
        doc: next,
        past: [...past, doc],
        future: future.slice(1),
        saveState: 'pending',
        coalesce: null,
        refusal: null,
      });
    },
    // An equal selection is not a change: React Flow reports selections it was just given.
    select: (selection) => {
      if (!sameSelection(get().selection, selection)) set({ selection });
    },
    saveStarted: () => set({ saveState: 'saving', saveError: null }),
    saved: (revision) => set({ savedRevision: revision, saveState: 'saved', saveError: null }),
    saveFailed: (saveState, saveError) => set({ saveState, saveError }),
  }));
}

const selectionKey = (s: Selected) => JSON.stringify(s);

export function sameSelection(a: readonly Selected[], b: readonly Selected[]): boolean {
  return a.length === b.length && a.every((s, i) => selectionKey(s) === selectionKey(b[i]!));
}
