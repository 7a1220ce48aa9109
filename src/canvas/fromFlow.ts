/**
 * The other way (dittofeed's journeyDefinitionFromState): reads lane positions and each lane's card
 * order back from canvas nodes into the document. With toFlow it round-trips; the canvas uses it to
 * commit a drag as one edit.
 */
import type { Scenario, Stream } from '../model';
import { moveLane, moveNote, rawUi } from '../document/ops';
import type { FlowNode } from './toFlow';

export function fromFlow(doc: Scenario, nodes: readonly FlowNode[]): Scenario {
  const lanes = new Map<string, { x: number; y: number }>();
  const cards = new Map<string, { id: string; y: number }[]>();
  for (const node of nodes) {
    if (node.type === 'lane') lanes.set(node.data.stream.id, node.position);
    if (node.type === 'card') {
      const list = cards.get(node.data.stream) ?? [];
      list.push({ id: node.data.item.id, y: node.position.y });
      cards.set(node.data.stream, list);
    }
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
  let next: Scenario = { ...doc, program: { ...doc.program, streams } };
  for (const [id, position] of lanes) {
    const result = moveLane(next, id, position);
    if (result.ok) next = result.doc;
  }
  for (const node of nodes) {
    if (node.type !== 'note') continue;
    const { x, y } = node.data.note;
    if (x === Math.round(node.position.x) && y === Math.round(node.position.y)) continue;
    const result = moveNote(next, node.data.note.id, node.position);
    if (result.ok) next = result.doc;
  }
  const entry = nodes.find((n) => n.type === 'entry');
  if (entry) next = { ...next, ui: { ...rawUi(next), entry: entry.position } } as Scenario;
  return next;
}
