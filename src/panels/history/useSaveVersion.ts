/** "Save a version now": stores the open document as a revision, then refreshes the list. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useServices } from '../../app/servicesContext';
import { programKeys } from '../../db/queries';
import { editorStore } from '../../store/useEditor';

export function useSaveVersion(programId: string) {
  const { repo } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => {
      const doc = editorStore.getState().doc;
      if (doc === null) throw new Error('No program is open.');
      return repo.addRevision(programId, doc);
    },
    // Returned, so the mutation counts as done only once the list shows the new version.
    onSuccess: () => client.invalidateQueries({ queryKey: programKeys.revisions(programId) }),
  });
}
