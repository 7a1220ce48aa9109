/**
 * What a document simulates: everything but its `"ui"` key (the canvas layout) and its draft rules
 * (a rule without a trigger never fires, and the format wants one: draftRules.ts). The same object
 * comes back for every document whose other parts are the same objects, so a layout edit (a lane
 * drag, a note's text) gives the same value and whatever keys on it (the simulation) does nothing;
 * an undo back to an earlier program gives that program's value again (the same object while it is
 * still cached, else an equal one).
 */
import type { Scenario } from '../model';
import { programWithoutDrafts } from './draftRules';

/** A scenario without its layout (Omit<Scenario, 'ui'> would lose the keys to the index signature). */
export type ProgramContent = { [K in keyof Scenario as K extends 'ui' ? never : K]: Scenario[K] };

interface Cached {
  parts: Map<string, unknown>;
  content: ProgramContent;
}

// Keyed by the program object, which every document has and every program edit replaces; the
// entry holds the other parts too (people, events...), checked one by one.
const cache = new WeakMap<object, Cached>();

const partsOf = (doc: Scenario): [string, unknown][] =>
  Object.entries(doc).filter(([key]) => key !== 'ui');

export function programContent(doc: Scenario): ProgramContent {
  const parts = partsOf(doc);
  const cached = cache.get(doc.program);
  if (
    cached !== undefined &&
    cached.parts.size === parts.length &&
    parts.every(([key, value]) => cached.parts.has(key) && cached.parts.get(key) === value)
  )
    return cached.content;
  const content = Object.fromEntries(parts) as ProgramContent;
  content.program = programWithoutDrafts(doc.program);
  cache.set(doc.program, { parts: new Map(parts), content });
  return content;
}

/** The top-level parts other than `"ui"` that are not the same objects in `after` (a layout edit: none). */
export function programPartsChanged(before: Scenario, after: Scenario): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('ui');
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...keys].filter((key) => a[key] !== b[key] || key in a !== key in b);
}
