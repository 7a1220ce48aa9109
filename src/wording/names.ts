/** Display names of a program's content and streams, for labels: the name, else the id. */
import type { Scenario } from '../model';

export interface Names {
  content(id: string): string;
  stream(id: string): string;
}

export function namesIn(doc: Scenario | null): Names {
  const content = new Map<string, string>();
  const streams = new Map<string, string>();
  for (const s of doc?.program.streams ?? []) {
    streams.set(s.id, s.name ?? s.id);
    for (const c of s.content ?? []) if (!content.has(c.id)) content.set(c.id, c.name ?? c.id);
  }
  return { content: (id) => content.get(id) ?? id, stream: (id) => streams.get(id) ?? id };
}
