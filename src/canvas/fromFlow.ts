/**
 * The other way (dittofeed's journeyDefinitionFromState): reads lane positions and each lane's card
 * order back from canvas nodes into the document. With toFlow it round-trips. A drag of lanes,
 * notes or the entry commits `layoutOf(nodes)` alone (a layout action: the program stays the same
 * object); a card drag commits a move of that card.
 */
import { arrange, type CanvasLayout, type LaneLayout } from '../document/ops';
import type { Scenario, Stream } from '../model';
import type { FlowNode } from './toFlow';

/** Where the lanes, notes and entry stand on the canvas, in node order. */
export function layoutOf(nodes: readonly FlowNode[]): CanvasLayout {
  const lanes = new Map<string, LaneLayout>();
  const notes = new Map<string, LaneLayout>();
  let entry: LaneLayout | undefined;
  for (const node of nodes) {
    if (node.type === 'lane') lanes.set(node.data.stream.id, node.position);
    if (node.type === 'note') notes.set(node.data.note.id, node.position);
    if (node.type === 'entry') entry = node.position;
  }
  return entry ? { lanes, notes, entry } : { lanes, notes };
}

export function fromFlow(doc: Scenario, nodes: readonly FlowNode[]): Scenario {
  const cards = new Map<string, { id: string; y: number }[]>();
  for (const node of nodes) {
    if (node.type !== 'card') continue;
    const list = cards.get(node.data.stream) ?? [];
    list.push({ id: node.data.item.id, y: node.position.y });
    cards.set(node.data.stream, list);
  }
  const streams = doc.program.streams.map((stream): Stream => {
    const order = cards.get(stream.id);
    if (!order || !stream.content) return stream;
    const rank = new Map([...order].sort((a, b) => a.y - b.y).map((c, i) => [c.id, i]));
    const content = [...stream.content].sort(
      (a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0),
    );
    return content.every((c, i) => c === stream.content![i]) ? stream : { ...stream, content };
  });
  // Unchanged order keeps the program object, so a pure layout change stays a layout change.
  const ordered = streams.every((s, i) => s === doc.program.streams[i])
    ? doc
    : { ...doc, program: { ...doc.program, streams } };
  const arranged = arrange(ordered, layoutOf(nodes));
  return arranged.ok ? arranged.doc : ordered;
}
