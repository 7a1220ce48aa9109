// @vitest-environment jsdom
// TanStack Query integration: the hooks read through the repo, and a change from another tab
// invalidates exactly the queries it makes stale.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeChannel, DbChange } from '../../src/db/changes';
import { ProgramRepo } from '../../src/db/programRepo';
import {
  invalidateForChange,
  programKeys,
  useInvalidateOnChanges,
  useProgram,
  useProgramList,
  useRevisions,
} from '../../src/db/queries';
import { closeAll, freshDb, scenario } from './helpers';

afterEach(() => {
  cleanup();
  return closeAll();
});

function wrapperFor(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

/** A client holding list, p1 and p2 detail and p1 revisions. */
function seededClient() {
  const client = new QueryClient();
  for (const key of [
    programKeys.list(),
    programKeys.detail('p1'),
    programKeys.detail('p2'),
    programKeys.revisions('p1'),
  ])
    client.setQueryData(key, []);
  return client;
}

const stale = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => q.queryKey.join('/'))
    .sort();

describe('invalidateForChange', () => {
  it('program-saved and program-deleted: the list and that program', async () => {
    for (const kind of ['program-saved', 'program-deleted'] as const) {
      const client = seededClient();
      await invalidateForChange(client, { kind, id: 'p1', revision: 3, tab: 't' } as DbChange);
      expect(stale(client)).toEqual([
        'programs/detail/p1',
        'programs/list',
        'programs/revisions/p1',
      ]);
    }
  });

  it('library-changed: everything under programs', async () => {
    const client = seededClient();
    await invalidateForChange(client, { kind: 'library-changed', tab: 't' });
    expect(stale(client)).toHaveLength(4);
  });
});

describe('hooks', () => {
  it('read the list, a program (null when missing) and its revisions', async () => {
    const repo = new ProgramRepo(freshDb());
    const created = await repo.createProgram(scenario('Hooked'));
    await repo.addRevision(created.id, scenario('snapshot'));
    const wrapper = wrapperFor(new QueryClient());
    const list = renderHook(() => useProgramList(repo), { wrapper });
    const program = renderHook(() => useProgram(repo, created.id), { wrapper });
    const missing = renderHook(() => useProgram(repo, 'nope'), { wrapper });
    const revisions = renderHook(() => useRevisions(repo, created.id), { wrapper });
    await waitFor(() => expect(list.result.current.data?.[0]?.name).toBe('Hooked'));
    await waitFor(() => expect(program.result.current.data?.id).toBe(created.id));
    await waitFor(() => expect(missing.result.current.data).toBeNull());
    await waitFor(() => expect(revisions.result.current.data).toHaveLength(1));
  });

  it('useInvalidateOnChanges subscribes to the channel and unsubscribes on unmount', async () => {
    let listener: ((change: DbChange) => void) | undefined;
    const channel: ChangeChannel = {
      tabId: 'me',
      publish: () => {},
      subscribe: (l) => {
        listener = l;
        return () => (listener = undefined);
      },
      close: () => {},
    };
    const client = seededClient();
    const hook = renderHook(() => useInvalidateOnChanges(channel), { wrapper: wrapperFor(client) });
    listener?.({ kind: 'program-deleted', id: 'p2', tab: 'other' });
    await waitFor(() => expect(stale(client)).toEqual(['programs/detail/p2', 'programs/list']));
    hook.unmount();
    expect(listener).toBeUndefined();
  });
});
