/**
 * Copy and paste. Pasted cards are new content (a clone is a new identity, so new ids) and start
 * inactive like every new item (R8). A copied stream is cloned as R4 says: content order, on/off
 * states, windows and transition rules come along (the same content ids, so people receive an email
 * once across both, R14); the cadence does not (the clone has none); the 26th is refused (R2).
 */
import { MAX_STREAMS, type ContentItem, type Scenario, type Stream } from '../../model';
import { contentIds, nextId, ruleIds, streamIds } from './ids';
import { done, editStream, refuse, withStreams, withUi, type EditResult } from './result';
import { rawUi } from './streams';
import { freeLanePosition, readUi } from './ui';

export function pasteItems(
  doc: Scenario,
  streamId: string,
  index: number,
  items: readonly ContentItem[],
): EditResult & { ids?: string[] } {
  const taken = contentIds(doc);
  const pasted = items.map((item) => {
    const id = nextId(item.type === 'email' ? 'E' : 'P', taken);
    taken.push(id);
    return { ...item, id, active: false };
  });
  const result = editStream(doc, streamId, (s) => {
    const content = [...(s.content ?? [])];
    content.splice(Math.max(0, Math.min(index, content.length)), 0, ...pasted);
    return { ...s, content };
  });
  return result.ok ? { ...result, ids: pasted.map((p) => p.id) } : result;
}

export function cloneStream(
  doc: Scenario,
  streamId: string,
  name: string,
): EditResult & { id?: string } {
  const source = doc.program.streams.find((s) => s.id === streamId);
  if (!source) return refuse('notFound');
  if (doc.program.streams.length >= MAX_STREAMS) return refuse('tooManyStreams');
  const id = nextId('S', streamIds(doc));
  const rules = ruleIds(doc);
  const clone: Stream = {
    ...source,
    id,
    name,
    transitions: (source.transitions ?? []).map((rule) => {
      const ruleId = nextId('t', rules);
      rules.push(ruleId);
      return { ...rule, id: ruleId };
    }),
  };
  delete clone.cadence; // R4: the clone has cadence None
  const ui = readUi((doc as { ui?: unknown }).ui, streamIds(doc));
  const from = ui.lanes[streamId]!;
  const lanes = { ...ui.lanes, [id]: freeLanePosition(ui, { x: from.x, y: from.y }) };
  return {
    ...done(withUi(withStreams(doc, [...doc.program.streams, clone]), { ...rawUi(doc), lanes })),
    id,
  };
}
