/**
 * Content edits: add a card (new items start inactive, R8), move it within its lane (priority, R11)
 * or to another lane, place the same id in a second lane (received once, R14), update, remove.
 */
import type { ContentItem, Scenario, Stream } from '../../model';
import { contentIds, nextId } from './ids';
import { done, editStream, refuse, withStreams, type EditResult } from './result';

const clampIndex = (index: number, length: number) => Math.max(0, Math.min(index, length));

function insertAt<T>(list: readonly T[], index: number, value: T): T[] {
  const next = [...list];
  next.splice(clampIndex(index, list.length), 0, value);
  return next;
}

export function addItem(
  doc: Scenario,
  streamId: string,
  index: number,
  type: 'email' | 'program',
  name: string,
): EditResult & { id?: string } {
  const id = nextId(type === 'email' ? 'E' : 'P', contentIds(doc));
  const item: ContentItem = { id, type, name, active: false };
  const result = editStream(doc, streamId, (s) => ({
    ...s,
    content: insertAt(s.content ?? [], index, item),
  }));
  return result.ok ? { ...result, id } : result;
}

/** Moves an item to `index` of `toStream` (the same stream: a new priority). */
export function moveItem(
  doc: Scenario,
  fromStream: string,
  itemId: string,
  toStream: string,
  index: number,
): EditResult {
  const streams = doc.program.streams;
  const from = streams.find((s) => s.id === fromStream);
  const to = streams.find((s) => s.id === toStream);
  const item = from?.content?.find((c) => c.id === itemId);
  if (!from || !to || !item) return refuse('notFound');
  if (fromStream !== toStream && (to.content ?? []).some((c) => c.id === itemId))
    return refuse('alreadyInStream');
  const without = (from.content ?? []).filter((c) => c.id !== itemId);
  return done(
    withStreams(
      doc,
      streams.map((s) => {
        if (s.id === fromStream && s.id === toStream)
          return { ...s, content: insertAt(without, index, item) };
        if (s.id === fromStream) return { ...s, content: without };
        if (s.id === toStream) return { ...s, content: insertAt(s.content ?? [], index, item) };
        return s;
      }),
    ),
  );
}

/** The same content in another lane: same id, so a person receives it once (R14). */
export function placeCopy(
  doc: Scenario,
  fromStream: string,
  itemId: string,
  toStream: string,
  index: number,
): EditResult {
  const item = doc.program.streams
    .find((s) => s.id === fromStream)
    ?.content?.find((c) => c.id === itemId);
  const to = doc.program.streams.find((s) => s.id === toStream);
  if (!item || !to) return refuse('notFound');
  if ((to.content ?? []).some((c) => c.id === itemId)) return refuse('alreadyInStream');
  return editStream(doc, toStream, (s) => ({
    ...s,
    content: insertAt(s.content ?? [], index, { ...item }),
  }));
}

/** Name and type belong to the content itself, so they change in every lane; the rest per lane. */
export type ItemPatch = Partial<
  Pick<ContentItem, 'name' | 'active' | 'activeFrom' | 'activeThrough' | 'qualify' | 'behavior'>
>;

export function updateItem(
  doc: Scenario,
  streamId: string,
  itemId: string,
  patch: ItemPatch,
): EditResult {
  const target = doc.program.streams
    .find((s) => s.id === streamId)
    ?.content?.find((c) => c.id === itemId);
  if (!target) return refuse('notFound');
  const shared = patch.name === undefined ? null : { name: patch.name };
  return done(
    withStreams(
      doc,
      doc.program.streams.map((s) => {
        if (!(s.content ?? []).some((c) => c.id === itemId)) return s;
        return {
          ...s,
          content: s.content!.map((c) => {
            if (c.id !== itemId) return c;
            const next: Record<string, unknown> =
              s.id === streamId ? { ...c, ...patch } : { ...c, ...shared };
            // A cleared field (undefined) is left out, so the file says only what was set.
            for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
            return next as ContentItem;
          }),
        };
      }),
    ),
  );
}

export function removeItem(doc: Scenario, streamId: string, itemId: string): EditResult {
  const stream = doc.program.streams.find((s) => s.id === streamId);
  if (!stream || !(stream.content ?? []).some((c) => c.id === itemId)) return refuse('notFound');
  return editStream(doc, streamId, (s) => ({
    ...s,
    content: (s.content ?? []).filter((c) => c.id !== itemId),
  }));
}

/**
 * Makes content an email or a program in every lane that holds it (an id has one type across the
 * program, semantics 25). A smart list (`qualify`) means nothing on an email, so it is dropped on the
 * way to email; undo brings it back. References that no longer fit (an `opensEmail` naming what is
 * now a program) are left for the problems panel to name: the edit itself is never refused.
 */
export function setItemType(doc: Scenario, itemId: string, type: ContentItem['type']): EditResult {
  const holds = (s: Stream, differently: boolean) =>
    (s.content ?? []).some((c) => c.id === itemId && (!differently || c.type !== type));
  if (!doc.program.streams.some((s) => holds(s, false))) return refuse('notFound');
  if (!doc.program.streams.some((s) => holds(s, true))) return done(doc); // no history step
  const retype = (c: ContentItem): ContentItem => {
    if (c.id !== itemId || c.type === type) return c;
    const next: ContentItem = { ...c, type };
    if (type === 'email') delete next.qualify;
    return next;
  };
  return done(
    withStreams(
      doc,
      doc.program.streams.map((s) =>
        holds(s, true) ? { ...s, content: s.content!.map(retype) } : s,
      ),
    ),
  );
}
