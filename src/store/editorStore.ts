/**
 * The open document and everything about editing it: undo/redo history, selection, and where the
 * autosave stands. A vanilla zustand store, so the autosave and tests use it without React.
 * Documents are immutable; history keeps whole snapshots, which share all unchanged parts. Every
 * edit is a named document action; each step remembers its action's name and scope, and
 * `lastAction` tells followers (the simulation) whether the latest change can affect the outcome.
 */
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../model';
import type { ActionScope, DocumentAction } from '../document/actions/action';
import type { Refusal } from '../document/ops';
import { programPartsChanged } from '../document/programContent';
import type { Selected } from '../document/selected';
import { sameDocument } from './sameDocument';

/** Edits of one action with the same coalesce key within this window are one undo step (typing a name). */
export const COALESCE_MS = 1000;
export const HISTORY_LIMIT = 200;

export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'error';

/** One undo step: the document before (past) or after (future) it, and the action that made it. */
export interface HistoryStep {
  doc: Scenario;
  action: string;
  scope: ActionScope;
}

export interface AppliedAction {
  name: string;
  scope: ActionScope;
}

export interface EditorState {
  programId: string | null;
  doc: Scenario | null;
  /** Revision of the stored copy this document was loaded from or last saved as. */
  savedRevision: number;
  /**
   * The document as stored at `savedRevision`. The autosave saves only when `doc` is another
   * document: loading a stored copy (this tab's or another tab's) is not an edit.
   */
  savedDoc: Scenario | null;
  past: HistoryStep[];
  future: HistoryStep[];
  /** The step last applied, undone or redone (undo reports the scope of the step it undid). */
  lastAction: AppliedAction | null;
  selection: Selected[];
  /** The last refused edit, until the next edit (the UI says why). */
  refusal: Refusal | null;
  saveState: SaveState;
  saveError: string | null;
  /** The kind of storage failure behind saveError ('quota', 'newer'...), when it was one. */
  saveErrorKind: string | null;
  coalesce: { action: string; key: string; at: number } | null;
}

export interface ApplyOptions {
  /** The selection after the edit; a function gets the id of what the action created. */
  select?: Selected[] | ((createdId: string) => Selected | null);
}

export interface EditorActions {
  open(programId: string, doc: Scenario, revision: number): void;
  close(): void;
  /** Applies a document action; `ok` false (and `refusal` set) when it was refused. */
  apply<A>(
    action: DocumentAction<A>,
    args: A,
    options?: ApplyOptions,
  ): { ok: boolean; id?: string };
  undo(): void;
  redo(): void;
  select(selection: Selected[]): void;
  saveStarted(): void;
  /** `doc` is stored as `revision`; edits made meanwhile leave the state 'pending'. */
  saved(revision: number, doc: Scenario): void;
  saveFailed(state: 'conflict' | 'error', message: string | null, kind?: string | null): void;
}

export interface EditorStoreOptions {
  now?: () => number;
  /** Throw when a layout action changes more than `"ui"` (a bug: it would re-run the simulation). */
  checkLayout?: boolean;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

const initial: EditorState = {
  programId: null,
  doc: null,
  savedRevision: 0,
  savedDoc: null,
  past: [],
  future: [],
  lastAction: null,
  selection: [],
  refusal: null,
  saveState: 'saved',
  saveError: null,
  saveErrorKind: null,
  coalesce: null,
};

/**
 * Where saving stands once the document is `doc`: a conflict stays until the program is opened
 * again (saving would overwrite the other tab); back at the stored document nothing is unsaved,
 * unless a save of another document is running (it will leave `doc` unsaved).
 */
function saveStateFor(state: EditorState, doc: Scenario): SaveState {
  if (state.saveState === 'conflict') return 'conflict';
  if (doc === state.savedDoc && state.saveState !== 'saving') return 'saved';
  return 'pending';
}

function selectionAfter(select: ApplyOptions['select'], id: string | undefined) {
  if (typeof select !== 'function') return select;
  if (id === undefined) return undefined;
  const selected = select(id);
  return selected ? [selected] : [];
}

export function createEditorStore({
  now = () => Date.now(),
  checkLayout = import.meta.env?.DEV ?? false,
}: EditorStoreOptions = {}) {
  return createStore<EditorState & EditorActions>()((set, get) => ({
    ...initial,
    open: (programId, doc, revision) =>
      set({ ...initial, programId, doc, savedRevision: revision, savedDoc: doc }),
    close: () => set({ ...initial }),
    apply(action, args, options = {}) {
      const state = get();
      const { doc, past, coalesce } = state;
      if (doc === null) return { ok: false };
      const result = action.perform(doc, args);
      if (!result.ok) {
        set({ refusal: result.refusal });
        return { ok: false };
      }
      const applied = result.id === undefined ? { ok: true } : { ok: true, id: result.id };
      // An edit that changes nothing (a name set to itself) is no undo step and nothing to save.
      if (sameDocument(result.doc, doc)) return applied;
      if (checkLayout && action.scope === 'layout') {
        const changed = programPartsChanged(doc, result.doc);
        if (changed.length > 0)
          throw new Error(`Layout action ${action.name} changed ${changed.join(', ')}`);
      }
      const at = now();
      const key = action.coalesceKey?.(args);
      const merge =
        key !== undefined &&
        coalesce?.action === action.name &&
        coalesce.key === key &&
        at - coalesce.at < COALESCE_MS;
      const step = { doc, action: action.name, scope: action.scope };
      const selection = selectionAfter(options.select, result.id);
      set({
        doc: result.doc,
        past: merge ? past : [...past, step].slice(-HISTORY_LIMIT),
        future: [],
        lastAction: { name: action.name, scope: action.scope },
        refusal: null,
        saveState: saveStateFor(state, result.doc),
        coalesce: key === undefined ? null : { action: action.name, key, at },
        ...(selection ? { selection } : {}),
      });
      return applied;
    },
    undo() {
      const state = get();
      const { doc, past, future } = state;
      const previous = past[past.length - 1];
      if (doc === null || previous === undefined) return;
      const { action, scope } = previous;
      set({
        doc: previous.doc,
        past: past.slice(0, -1),
        future: [{ doc, action, scope }, ...future],
        lastAction: { name: action, scope },
        saveState: saveStateFor(state, previous.doc),
        coalesce: null,
        refusal: null,
      });
    },
    redo() {
      const state = get();
      const { doc, past, future } = state;
      const next = future[0];
      if (doc === null || next === undefined) return;
      const { action, scope } = next;
      set({
        doc: next.doc,
        past: [...past, { doc, action, scope }],
        future: future.slice(1),
        lastAction: { name: action, scope },
        saveState: saveStateFor(state, next.doc),
        coalesce: null,
        refusal: null,
      });
    },
    // An equal selection is not a change: React Flow reports selections it was just given.
    select: (selection) => {
      if (!sameSelection(get().selection, selection)) set({ selection });
    },
    saveStarted: () => set({ saveState: 'saving', saveError: null, saveErrorKind: null }),
    saved: (revision, saved) => {
      const { doc, saveState } = get();
      set({
        savedRevision: revision,
        savedDoc: saved,
        saveState: saveState === 'conflict' ? 'conflict' : doc === saved ? 'saved' : 'pending',
        saveError: null,
        saveErrorKind: null,
      });
    },
    saveFailed: (saveState, saveError, saveErrorKind = null) =>
      set({ saveState, saveError, saveErrorKind }),
  }));
}

const selectionKey = (s: Selected) => JSON.stringify(s);

export function sameSelection(a: readonly Selected[], b: readonly Selected[]): boolean {
  return a.length === b.length && a.every((s, i) => selectionKey(s) === selectionKey(b[i]!));
}
