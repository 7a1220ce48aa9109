/** "Save a version now": stores the open document as a revision, then refreshes the list. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { editorStore } from '../../store/useEditor';
import type { HistoryPort } from './historyPort';

export function useSaveVersion(port: HistoryPort, programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => {
      const doc = editorStore.getState().doc;
      if (doc === null) throw new Error('No program is open.');
      return port.saveVersion(programId, doc);
    },
    // Returned, so the mutation counts as done only once the list shows the new version.
    onSuccess: () => client.invalidateQueries({ queryKey: port.revisionsKey(programId) }),
  });
}
