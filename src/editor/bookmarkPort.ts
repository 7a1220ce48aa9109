/** The preview bookmarks' port, wired to the program repository and its query keys. */
import { useMemo } from 'react';
import { useServices } from '../app/servicesContext';
import type { ProgramRepository } from '../db/deferredRepo';
import { programKeys } from '../db/queries';
import type { BookmarkPort } from '../preview/bookmarks/bookmarkPort';

export function bookmarkPortOf(repo: ProgramRepository, programId: string): BookmarkPort {
  return {
    list: () => repo.listBookmarks(programId),
    add: (moment) => repo.addBookmark({ programId, ...moment }),
    rename: (id, name) => repo.renameBookmark(id, name),
    remove: (id) => repo.deleteBookmark(id),
    key: programKeys.bookmarks(programId),
  };
}

export function useBookmarkPort(programId: string): BookmarkPort {
  const { repo } = useServices();
  return useMemo(() => bookmarkPortOf(repo, programId), [repo, programId]);
}
