/** Deleting what is selected on the canvas, as one edit (one undo step). */
import {
  removeBatchMove,
  removeItem,
  removeRule,
  removeStream,
  type EditResult,
} from '../document/ops';
import type { Scenario } from '../model';
import type { FlowEdge, FlowNode } from './toFlow';

export function deleteElements(
  doc: Scenario,
  nodes: readonly FlowNode[],
  edges: readonly FlowEdge[],
): EditResult {
  let next = doc;
  const apply = (result: EditResult) => {
    if (result.ok) next = result.doc;
  };
  for (const edge of edges) {
    if (edge.data?.kind === 'rule') apply(removeRule(next, edge.data.stream, edge.data.rule.id));
    if (edge.data?.kind === 'batch') apply(removeBatchMove(next, edge.data.batch.id));
  }
  for (const node of nodes)
    if (node.type === 'card') apply(removeItem(next, node.data.stream, node.data.item.id));
  for (const node of nodes)
    if (node.type === 'lane') apply(removeStream(next, node.data.stream.id));
  return { ok: true, doc: next };
}
