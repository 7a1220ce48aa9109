/** Display names of a program's content and streams, for labels: the name, else the id. */
import type { Scenario } from '../model';
import { emailsOfStream } from '../document/triggerGroups';

export interface Names {
  content(id: string): string;
  stream(id: string): string;
  /** The emails a stream holds now, in priority order; undefined when there is no such stream. */
  emailsOf(stream: string): readonly string[] | undefined;
}

export function namesIn(doc: Scenario | null): Names {
  const content = new Map<string, string>();
  const streams = new Map<string, string>();
  const emails = new Map<string, string[]>();
  for (const s of doc?.program.streams ?? []) {
    streams.set(s.id, s.name ?? s.id);
    for (const c of s.content ?? []) if (!content.has(c.id)) content.set(c.id, c.name ?? c.id);
  }
  return {
    content: (id) => content.get(id) ?? id,
    stream: (id) => streams.get(id) ?? id,
    emailsOf: (id) => {
      if (doc === null || !streams.has(id)) return undefined;
      let list = emails.get(id);
      if (list === undefined) emails.set(id, (list = emailsOfStream(doc, id)));
      return list;
    },
  };
}
