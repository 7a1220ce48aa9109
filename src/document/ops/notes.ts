/** Sticky notes on the canvas, kept with the layout in the document's `"ui"` key. */
import type { Scenario } from '../../model';
import { nextId } from './ids';
import { done, refuse, withUi, type EditResult } from './result';
import { rawUi } from './streams';
import { readUi, type LaneLayout, type Note } from './ui';

function notesOf(doc: Scenario): Note[] {
  return readUi((doc as { ui?: unknown }).ui, []).notes;
}

function withNotes(doc: Scenario, notes: Note[]): Scenario {
  return withUi(doc, { ...rawUi(doc), notes });
}

export function addNote(doc: Scenario, at: LaneLayout, text: string): EditResult & { id?: string } {
  const notes = notesOf(doc);
  const id = nextId(
    'n',
    notes.map((n) => n.id),
  );
  return {
    ...done(withNotes(doc, [...notes, { id, x: Math.round(at.x), y: Math.round(at.y), text }])),
    id,
  };
}

function editNote(doc: Scenario, id: string, change: (note: Note) => Note): EditResult {
  const notes = notesOf(doc);
  if (!notes.some((n) => n.id === id)) return refuse('notFound');
  return done(
    withNotes(
      doc,
      notes.map((n) => (n.id === id ? change(n) : n)),
    ),
  );
}

export const updateNote = (doc: Scenario, id: string, text: string) =>
  editNote(doc, id, (n) => ({ ...n, text }));
export const moveNote = (doc: Scenario, id: string, to: LaneLayout) =>
  editNote(doc, id, (n) => ({ ...n, x: Math.round(to.x), y: Math.round(to.y) }));

export function removeNote(doc: Scenario, id: string): EditResult {
  const notes = notesOf(doc);
  if (!notes.some((n) => n.id === id)) return refuse('notFound');
  return done(
    withNotes(
      doc,
      notes.filter((n) => n.id !== id),
    ),
  );
}
