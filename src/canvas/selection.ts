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
