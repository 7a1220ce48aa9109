/** Applies an edit that creates something and selects what it created, so the inspector shows it. */
import type { EditResult } from '../document/ops';
import type { Scenario } from '../model';
import type { Selected } from '../document/selected';
import { editorStore } from '../store/useEditor';

export function addAndSelect(
  op: (doc: Scenario) => EditResult & { id?: string | undefined },
  selected: (id: string) => Selected | null,
): boolean {
  let id: string | undefined;
  const applied = editorStore.getState().edit((doc) => {
    const result = op(doc);
    id = result.id;
    return result;
  });
  if (applied && id !== undefined) {
    const selection = selected(id);
    editorStore.getState().select(selection ? [selection] : []);
  }
  return applied;
}
