/**
 * The library's writes. Each goes through the repository and then invalidates the program
 * queries: the repo tells other tabs, not this one.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useServices } from '../app/servicesContext';
import { programKeys } from '../db/queries';
import type { ProgramRecord } from '../db/types';
import type { Scenario } from '../model';

export interface LibraryActions {
  create(document: Scenario): Promise<ProgramRecord>;
  /** Like `create`, but a name already in the library becomes "Name (2)", "Name (3)"... */
  importProgram(document: Scenario): Promise<ProgramRecord>;
  rename(id: string, name: string): Promise<ProgramRecord>;
  duplicate(id: string, copyName: string): Promise<ProgramRecord>;
  /** A what-if variant linked to its original, named `nameFor(n)` (the first free n). */
  variant(id: string, nameFor: (n: number) => string): Promise<ProgramRecord>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** The stored document, for export; undefined if the program is gone. */
  documentOf(id: string): Promise<Scenario | undefined>;
}

export function useLibraryActions(): LibraryActions {
  const { repo } = useServices();
  const client = useQueryClient();
  return useMemo(() => {
    async function written<T>(write: Promise<T>): Promise<T> {
      const result = await write;
      await client.invalidateQueries({ queryKey: programKeys.all });
      return result;
    }
    return {
      create: (document) => written(repo.createProgram(document)),
      importProgram: (document) => written(repo.importProgram(document)),
      rename: (id, name) => written(repo.renameProgram(id, name)),
      duplicate: (id, copyName) => written(repo.duplicateProgram(id, copyName)),
      variant: (id, nameFor) => written(repo.createVariant(id, nameFor)),
      remove: (id) => written(repo.deleteProgram(id)),
      restore: (id) => written(repo.restoreProgram(id)),
      documentOf: async (id) => (await repo.getProgram(id))?.document,
    };
  }, [repo, client]);
}
