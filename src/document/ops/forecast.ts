/**
 * Edits the exhaustion forecast offers in one click: more content at the bottom of a stream, and a
 * slower cadence. (Its third hint, "move people who run dry", is addBatchMove, R41.)
 */
import type { ContentItem, Scenario } from '../../model';
import { contentIds, nextId, streamIds } from './ids';
import { done, editStream, refuse, type EditResult } from './result';

/**
 * Appends one email per name at the bottom of a stream, already active: a hint to "add N emails"
 * means content that is cast, unlike a card from the palette, which starts inactive (R8). Each
 * gets a fresh id (E7, E8...) unique among the program's ids.
 */
export function addActiveEmails(
  doc: Scenario,
  streamId: string,
  names: readonly string[],
): EditResult & { ids?: string[] } {
  if (names.length === 0) return refuse('notFound');
  const taken = [...contentIds(doc), ...streamIds(doc)];
  const items: ContentItem[] = names.map((name) => {
    const id = nextId('E', taken);
    taken.push(id);
    return { id, type: 'email', name, active: true };
  });
  const result = editStream(doc, streamId, (s) => ({
    ...s,
    content: [...(s.content ?? []), ...items],
  }));
  return result.ok ? { ...result, ids: items.map((i) => i.id) } : result;
}

/**
 * Changes only the interval (`every`, in weeks or months) of a stream's weekly or monthly
 * cadence: first cast, weekdays, day and time stay as they are. The same interval is no edit.
 */
export function setCadenceEvery(doc: Scenario, streamId: string, every: number): EditResult {
  const stream = doc.program.streams.find((s) => s.id === streamId);
  const cadence = stream?.cadence;
  if (cadence === undefined || cadence.type === 'none' || !(every >= 1)) return refuse('notFound');
  if (cadence.every === every) return done(doc);
  return editStream(doc, streamId, (s) => ({ ...s, cadence: { ...cadence, every } }));
}
