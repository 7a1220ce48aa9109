/** The open program's bookmarks through the port: the list, and writes that refresh it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BookmarkPort, Moment } from './bookmarkPort';

export function useBookmarks(port: BookmarkPort) {
  const client = useQueryClient();
  const list = useQuery({ queryKey: port.key, queryFn: () => port.list() });
  const refresh = () => client.invalidateQueries({ queryKey: port.key });
  const add = useMutation({ mutationFn: (m: Moment) => port.add(m), onSettled: refresh });
  const rename = useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => port.rename(id, name),
    onSettled: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => port.remove(id), onSettled: refresh });
  return { list, add, rename, remove };
}
