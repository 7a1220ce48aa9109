/**
 * The crash journal: the open program's unsaved document, written synchronously to localStorage
 * on every edit, so a browser that dies between two saves loses nothing that was done. One entry
 * per program, removed once that document is saved (or an undo returns to the saved one). A
 * document longer than JOURNAL_MAX_CHARS is not journalled (localStorage holds a few MB per site):
 * for it the autosave, at most 300 ms behind, is all there is.
 */
import { ScenarioSchema, type Scenario } from '../model';
import type { EditorState, EditorStore } from './editorStore';
import { sameDocument } from './sameDocument';

export interface JournalEntry {
  programId: string;
  /** The stored revision the document was edited from. */
  baseRevision: number;
  doc: Scenario;
  /** When it was written, epoch milliseconds. */
  at: number;
  /** The tab that wrote it: while that tab lives, the entry is its work in progress. */
  tab: string;
}

export interface Journal {
  write(entry: JournalEntry): void;
  /** The program's entry, or null if there is none or it cannot be read. */
  read(programId: string): JournalEntry | null;
  clear(programId: string): void;
}

export const JOURNAL_PREFIX = 'lanecast:journal:';
export const JOURNAL_MAX_CHARS = 1_000_000;

const journalKey = (programId: string) => `${JOURNAL_PREFIX}${programId}`;

/** A journal in `storage`; without storage (blocked, private mode) it keeps nothing. */
export function createJournal(
  storage: Storage | undefined,
  maxChars: number = JOURNAL_MAX_CHARS,
): Journal {
  const clear = (programId: string) => {
    try {
      storage?.removeItem(journalKey(programId));
    } catch {
      // Storage refused: nothing was kept, so there is nothing stale to fear.
    }
  };
  return {
    write(entry) {
      if (storage === undefined) return;
      const text = serialize(entry, maxChars);
      // A stale shorter entry must not outlive a document too long to keep.
      if (text === null) return clear(entry.programId);
      try {
        storage.setItem(journalKey(entry.programId), text);
      } catch {
        clear(entry.programId); // full: the autosave still saves within 300 ms
      }
    },
    read(programId) {
      let text: string | null;
      try {
        text = storage?.getItem(journalKey(programId)) ?? null;
      } catch {
        return null;
      }
      if (text === null) return null;
      const entry = parseEntry(text, programId);
      if (entry === null) clear(programId); // unreadable: it could never be replayed
      return entry;
    },
    clear,
  };
}

/** JSON of each part of a document by identity: edits share unchanged parts, so a keystroke
 * in a program with thousands of people serializes the program, not the people again. */
const partJson = new WeakMap<object, string>();

function jsonOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  let json = partJson.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    partJson.set(value, json);
  }
  return json;
}

/**
 * JSON.stringify(entry), the document put together from its parts' cached JSON; null when it
 * would be longer than `maxChars` (found before the parts are joined).
 */
function serialize({ doc, ...rest }: JournalEntry, maxChars: number): string | null {
  const parts = Object.entries(doc)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${JSON.stringify(key)}:${jsonOf(value)}`);
  const head = `${JSON.stringify(rest).slice(0, -1)},"doc":{`;
  const length = head.length + parts.reduce((sum, part) => sum + part.length + 1, 1);
  return length > maxChars ? null : `${head}${parts.join(',')}}}`;
}

function parseEntry(text: string, programId: string): JournalEntry | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (raw === null || typeof raw !== 'object') return null;
  const { baseRevision, doc, at, tab } = raw as Record<string, unknown>;
  if (!Number.isInteger(baseRevision) || typeof at !== 'number' || typeof tab !== 'string')
    return null;
  const parsed = ScenarioSchema.safeParse(doc);
  if (!parsed.success) return null;
  return { programId, baseRevision: baseRevision as number, doc: parsed.data, at, tab };
}

/**
 * Journals every edit of the store's open program. An edit writes the document (or clears the
 * entry when it returns to the saved document); a save clears it or, when edits went on meanwhile,
 * rewrites it over the new revision. Opening a program writes nothing: that is no edit, and an
 * entry left by a crash must survive until it is recovered.
 */
export function startJournal(
  store: EditorStore,
  journal: Journal,
  { tab, now = Date.now }: { tab: string; now?: () => number },
): () => void {
  const keep = ({ programId, doc, savedDoc, savedRevision }: EditorState) => {
    if (programId === null || doc === null) return;
    if (doc === savedDoc) journal.clear(programId);
    else journal.write({ programId, baseRevision: savedRevision, doc, at: now(), tab });
  };
  return store.subscribe((state, previous) => {
    const edited = state.doc !== previous.doc && state.savedDoc === previous.savedDoc;
    const saved = state.savedDoc !== previous.savedDoc && state.doc === previous.doc;
    if (edited || saved) keep(state);
  });
}

/** What to do with a journal entry found when its program is opened. */
export type Recovery = 'discard' | 'replay' | 'keep';

/**
 * 'discard' when the stored program already says the same (the save committed, the clear did
 * not); 'replay' when nothing was saved since the entry's base revision; otherwise the program
 * was changed elsewhere since: 'keep' the entry as a version, never apply it over that change.
 */
export function recoveryOf(
  entry: JournalEntry,
  stored: { revision: number; document: Scenario },
): Recovery {
  if (sameDocument(entry.doc, stored.document)) return 'discard';
  return entry.baseRevision === stored.revision ? 'replay' : 'keep';
}
