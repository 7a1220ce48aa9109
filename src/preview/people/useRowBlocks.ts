/**
 * The grid's rows, loaded block by block from the workers (only what is on screen, plus some
 * overscan) and kept per result and filter, so scrolling back is instant. The last few caches are
 * kept too: a filter switched back, or the tab left and reopened, shows its rows at once.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { PreviewFrame } from '../../engine';
import { usePreviewServices, type PreviewServices } from '../previewServices';
import { BLOCK_SIZE, BlockCache } from './blockCache';
import { personRows, type PersonRow } from './cellModel';
import type { PeopleColumns } from './peopleColumns';
import { MISSING, type RowList } from './usePeopleQuery';

const KEPT_CACHES = 4;
const registries = new WeakMap<PreviewServices, Map<string, BlockCache<PersonRow[]>>>();

function cacheFor(
  services: PreviewServices,
  id: string,
  create: () => BlockCache<PersonRow[]>,
): BlockCache<PersonRow[]> {
  let registry = registries.get(services);
  if (registry === undefined) registries.set(services, (registry = new Map()));
  let cache = registry.get(id);
  if (cache === undefined) cache = create();
  registry.delete(id);
  registry.set(id, cache);
  while (registry.size > KEPT_CACHES) {
    const [oldest, dropped] = registry.entries().next().value!;
    registry.delete(oldest);
    dropped.dispose();
  }
  return cache;
}

export function useRowBlocks(
  resultKey: string,
  frame: PreviewFrame,
  columns: PeopleColumns,
  list: RowList,
  /** Rows wanted now: those on screen first, then the overscan. */
  wanted: { first: number; last: number; focused: number },
) {
  const services = usePreviewServices();
  const cache = useMemo(
    () =>
      cacheFor(
        services,
        `${resultKey}|${list.key}`,
        () =>
          new BlockCache(async (block) => {
            const persons = list.persons(block * BLOCK_SIZE, (block + 1) * BLOCK_SIZE);
            const answer = await services.rows(resultKey, persons);
            if (!answer.ok) throw new Error('missing' in answer ? MISSING : answer.problem);
            return personRows(answer.value, frame, columns);
          }),
      ),
    [services, resultKey, list, frame, columns],
  );
  const version = useSyncExternalStore(cache.subscribe, cache.getVersion);

  const { first, last, focused } = wanted;
  useEffect(() => {
    if (list.count === 0 || last < first) return;
    const blocks = new Set<number>();
    for (let b = Math.floor(first / BLOCK_SIZE); b <= Math.floor(last / BLOCK_SIZE); b++)
      blocks.add(b);
    if (focused >= 0) blocks.add(Math.floor(focused / BLOCK_SIZE));
    cache.want([...blocks]);
  }, [cache, list.count, first, last, focused]);

  return useMemo(
    () => ({
      version,
      rowAt: (row: number): PersonRow | undefined =>
        cache.get(Math.floor(row / BLOCK_SIZE))?.[row % BLOCK_SIZE],
      problem: (row: number): string | undefined => cache.problem(Math.floor(row / BLOCK_SIZE)),
      retry: () => cache.retry(),
    }),
    [cache, version],
  );
}
