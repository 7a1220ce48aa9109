/** The version history's port, wired to the program repository and its query keys. */
import { useMemo } from 'react';
import { useServices } from '../app/servicesContext';
import type { ProgramRepository } from '../db/deferredRepo';
import { REVISION_LIMIT } from '../db/programRepo';
import { programKeys } from '../db/queries';
import type { HistoryPort } from '../panels/history/historyPort';

export function historyPortOf(repo: ProgramRepository): HistoryPort {
  return {
    limit: REVISION_LIMIT,
    listRevisions: (programId) => repo.listRevisions(programId),
    saveVersion: (programId, document) => repo.addRevision(programId, document),
    // The key autosave and other tabs invalidate when they add a version.
    revisionsKey: programKeys.revisions,
  };
}

export function useHistoryPort(): HistoryPort {
  const { repo } = useServices();
  return useMemo(() => historyPortOf(repo), [repo]);
}
