/** React Flow's selected nodes and edges as the store's selection. */
import type { Selected } from '../store/editorStore';
import type { FlowEdge, FlowNode } from './toFlow';

export function selectionFrom(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): Selected[] {
  const selected: Selected[] = [];
  for (const node of nodes) {
    if (node.type === 'lane') selected.push({ kind: 'stream', id: node.data.stream.id });
    if (node.type === 'card')
      selected.push({ kind: 'item', stream: node.data.stream, id: node.data.item.id });
  }
  for (const edge of edges) {
    if (edge.data?.kind === 'rule')
      selected.push({ kind: 'rule', stream: edge.data.stream, id: edge.data.rule.id });
    if (edge.data?.kind === 'batch') selected.push({ kind: 'batch', id: edge.data.batch.id });
  }
  return selected;
}

/** The element a node or edge stands for, as a store selection key. */
function keyOf(element: FlowNode | FlowEdge): string | null {
  if ('type' in element && element.type === 'lane')
    return `stream:${(element as FlowNode & { type: 'lane' }).data.stream.id}`;
  if ('type' in element && element.type === 'card') {
    const data = (element as FlowNode & { type: 'card' }).data;
    return `item:${data.stream}:${data.item.id}`;
  }
  const data = (element as FlowEdge).data;
  if (data?.kind === 'rule') return `rule:${data.stream}:${data.rule.id}`;
  if (data?.kind === 'batch') return `batch:${data.batch.id}`;
  return null;
}

export const keyOfSelected = (s: Selected): string =>
  s.kind === 'program'
    ? 'program'
    : s.kind === 'stream' || s.kind === 'batch'
      ? `${s.kind}:${s.id}`
      : `${s.kind}:${s.stream}:${s.id}`;

/** The same elements with `selected` set from the store; unchanged ones keep their identity. */
export function withSelection<T extends FlowNode | FlowEdge>(
  elements: T[],
  selection: readonly Selected[],
): T[] {
  const keys = new Set(selection.map(keyOfSelected));
  return elements.map((element) => {
    const key = keyOf(element);
    const selected = key !== null && keys.has(key);
    return (element.selected ?? false) === selected ? element : { ...element, selected };
  });
}
