/** React Flow's selected nodes and edges as the store's selection. */
import type { Selected } from '../document/selected';
import { editorStore } from '../store/useEditor';
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
  let changed = false;
  const next = elements.map((element) => {
    const key = keyOf(element);
    const selected = key !== null && keys.has(key);
    if ((element.selected ?? false) === selected) return element;
    changed = true;
    return { ...element, selected };
  });
  return changed ? next : elements; // the same array when nothing changed: no re-render
}

/**
 * Applies React Flow's `select` changes (the user's clicks, shift-clicks and box selections) to the
 * store's selection; other changes are ignored. True when the selection changed.
 */
export function syncSelection(
  changes: readonly { type: string; id?: string; selected?: boolean }[],
  find: (id: string) => FlowNode | FlowEdge | undefined,
  kind: 'node' | 'edge',
): boolean {
  let selection = editorStore.getState().selection;
  let changed = false;
  for (const change of changes) {
    if (change.type !== 'select' || change.id === undefined) continue;
    const element = find(change.id);
    if (element === undefined) continue;
    const selected =
      kind === 'node'
        ? selectionFrom([element as FlowNode], [])[0]
        : selectionFrom([], [element as FlowEdge])[0];
    if (!selected) continue;
    const key = keyOfSelected(selected);
    selection = selection.filter((s) => keyOfSelected(s) !== key);
    if (change.selected) selection = [...selection, selected];
    changed = true;
  }
  if (changed) editorStore.getState().select(selection);
  return changed;
}
