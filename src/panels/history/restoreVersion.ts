/** Restoring a version: one ordinary action that replaces the whole document, layout included. */
import { restoreVersion as restore } from '../../document/actions/history';
import type { Scenario } from '../../model';
import type { EditorStore } from '../../store/editorStore';

/** False when there is no open document. Undo brings back the document it replaced. */
export function restoreVersion(store: EditorStore, document: Scenario): boolean {
  // The selection is cleared: it may name streams or items the version does not have.
  return store.getState().apply(restore, { document }, { select: [] }).ok;
}
