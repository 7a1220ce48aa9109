/**
 * Edits of several cards at once, each one edit (one undo step): switch them on or off (R8; "Activate
 * all" turns on a whole stream), and move them to another stream (R11: at the bottom, keeping their
 * order). `active` is per placement, like the card it is shown on.
 */
import type { ContentItem, Scenario } from '../../model';
import { moveItem } from './content';
import { done, refuse, withStreams, type EditResult } from './result';

/** A card: an item in one stream. */
export interface Placement {
  stream: string;
  id: string;
}

const keyOf = (p: Placement) => `${p.stream}\u0000${p.id}`;

const isOn = (item: { active?: boolean | undefined }) => item.active !== false;

const cardExists = (doc: Scenario, p: Placement) =>
  doc.program.streams.some(
    (s) => s.id === p.stream && (s.content ?? []).some((c) => c.id === p.id),
  );

/**
 * Sets `active` on every card named; cards already so are left as they are (an unset `active` is
 * on, files' default). The same document when nothing changes, so no undo step is made.
 */
export function setItemsActive(
  doc: Scenario,
  items: readonly Placement[],
  active: boolean,
): EditResult {
  if (!items.some((p) => cardExists(doc, p))) return refuse('notFound');
  const wanted = new Set(items.map(keyOf));
  const flips = (stream: string, item: ContentItem) =>
    wanted.has(keyOf({ stream, id: item.id })) && isOn(item) !== active;
  if (!doc.program.streams.some((s) => (s.content ?? []).some((c) => flips(s.id, c))))
    return done(doc);
  return done(
    withStreams(
      doc,
      doc.program.streams.map((s) =>
        (s.content ?? []).some((c) => flips(s.id, c))
          ? { ...s, content: s.content!.map((c) => (flips(s.id, c) ? { ...c, active } : c)) }
          : s,
      ),
    ),
  );
}

/** "Activate all" (R8): every item of the stream on. */
export function activateAll(doc: Scenario, streamId: string): EditResult {
  const stream = doc.program.streams.find((s) => s.id === streamId);
  if (!stream) return refuse('notFound');
  const items = (stream.content ?? []).map((c) => ({ stream: streamId, id: c.id }));
  return items.length === 0 ? done(doc) : setItemsActive(doc, items, true);
}

/** Cards in the order they are shown: streams in display order, then priority. */
function inCanvasOrder(doc: Scenario, items: readonly Placement[]): Placement[] {
  const wanted = new Set(items.map(keyOf));
  return doc.program.streams.flatMap((s) =>
    (s.content ?? [])
      .filter((c) => wanted.has(keyOf({ stream: s.id, id: c.id })))
      .map((c) => ({ stream: s.id, id: c.id })),
  );
}

/**
 * What moving the cards to `to` does: which move (in the order they are shown), and which cannot
 * because `to` holds that content already, or will once an earlier card of it has moved (a stream
 * holds an id once). Cards already in `to` are in neither list: they stay.
 */
export function planMove(doc: Scenario, items: readonly Placement[], to: string) {
  const target = doc.program.streams.find((s) => s.id === to);
  const held = new Set((target?.content ?? []).map((c) => c.id));
  const moving: Placement[] = [];
  const blocked: Placement[] = [];
  for (const p of inCanvasOrder(doc, items)) {
    if (p.stream === to) continue;
    if (held.has(p.id)) blocked.push(p);
    else {
      held.add(p.id);
      moving.push(p);
    }
  }
  return { moving, blocked };
}

/**
 * Moves the cards to the bottom of `to`, in the order they are shown (see planMove); when none can
 * move because `to` holds their content, the edit is refused as `alreadyInStream`.
 */
export function moveItems(doc: Scenario, items: readonly Placement[], to: string): EditResult {
  if (!doc.program.streams.some((s) => s.id === to)) return refuse('notFound');
  if (!items.some((p) => cardExists(doc, p))) return refuse('notFound');
  const { moving, blocked } = planMove(doc, items, to);
  if (moving.length === 0) return blocked.length > 0 ? refuse('alreadyInStream') : done(doc);
  let next = doc;
  for (const p of moving) {
    const result = moveItem(next, p.stream, p.id, to, Number.MAX_SAFE_INTEGER);
    if (!result.ok) return result;
    next = result.doc;
  }
  return done(next);
}

/** Where the cards are after moveItems: those that moved are in `to`, the others where they were. */
export function placementsAfterMove(
  doc: Scenario,
  items: readonly Placement[],
  to: string,
): Placement[] {
  const moved = new Set(planMove(doc, items, to).moving.map(keyOf));
  return items.map((p) => (moved.has(keyOf(p)) ? { stream: to, id: p.id } : p));
}
