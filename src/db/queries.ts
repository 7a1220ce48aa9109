// TanStack Query integration: query keys, one hook per resource, and invalidation when another
// tab publishes a change. Writes in this tab invalidate through the caller's own mutation code.
import {
  type QueryClient,
  skipToken,
  useQuery,
  useQueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ChangeChannel, DbChange } from './changes';
import type { ProgramRepository } from './deferredRepo';
import type { ProgramRecord, ProgramSummary, RevisionRecord } from './types';

export const programKeys = {
  all: ['programs'] as const,
  list: () => [...programKeys.all, 'list'] as const,
  detail: (id: string) => [...programKeys.all, 'detail', id] as const,
  revisions: (id: string) => [...programKeys.all, 'revisions', id] as const,
  bookmarks: (id: string) => [...programKeys.all, 'bookmarks', id] as const,
};

export function useProgramList(repo: ProgramRepository): UseQueryResult<ProgramSummary[]> {
  return useQuery({ queryKey: programKeys.list(), queryFn: () => repo.listPrograms() });
}

/** The live program, or null if it does not exist or is deleted (TanStack Query refuses undefined). */
export function useProgram(
  repo: ProgramRepository,
  id: string | undefined,
): UseQueryResult<ProgramRecord | null> {
  return useQuery({
    queryKey: programKeys.detail(id ?? ''),
    queryFn: id === undefined ? skipToken : async () => (await repo.getProgram(id)) ?? null,
  });
}

export function useRevisions(
  repo: ProgramRepository,
  id: string | undefined,
): UseQueryResult<RevisionRecord[]> {
  return useQuery({
    queryKey: programKeys.revisions(id ?? ''),
    queryFn: id === undefined ? skipToken : () => repo.listRevisions(id),
  });
}

/** Invalidates the queries a change from another tab makes stale. */
export async function invalidateForChange(client: QueryClient, change: DbChange): Promise<void> {
  switch (change.kind) {
    case 'program-saved':
    case 'program-deleted':
      await Promise.all([
        client.invalidateQueries({ queryKey: programKeys.list() }),
        client.invalidateQueries({ queryKey: programKeys.detail(change.id) }),
        client.invalidateQueries({ queryKey: programKeys.revisions(change.id) }),
      ]);
      return;
    case 'library-changed':
      await client.invalidateQueries({ queryKey: programKeys.all });
  }
}

/** Keeps this tab's queries fresh while other tabs write; pass the app's change channel. */
export function useInvalidateOnChanges(channel: ChangeChannel | undefined): void {
  const client = useQueryClient();
  useEffect(() => {
    if (channel === undefined) return;
    return channel.subscribe((change) => void invalidateForChange(client, change));
  }, [channel, client]);
}
