/** The journey's wording for a dry run: names of streams and content from the document on screen. */
import type { TFunction } from 'i18next';
import type { Scenario } from '../../model';
import { itemLabel, type Wording } from '../journey/wording/context';

export function wordingOfDocument(
  t: TFunction,
  language: string,
  doc: Scenario,
  person: string,
  zone: string,
): Wording {
  const streams = new Map(doc.program.streams.map((s) => [s.id, s.name ?? s.id]));
  const content = new Map(
    doc.program.streams.flatMap((s) => (s.content ?? []).map((c) => [c.id, c.name ?? c.id])),
  );
  return {
    t,
    language,
    person,
    zone,
    stream: (id) => streams.get(id) ?? id,
    content: (id) => itemLabel(t, id, content.get(id) ?? id),
  };
}
