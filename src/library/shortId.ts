/** A short, readable id for a new program's `program.id` (the library's own key is a UUID). */
import type { Scenario } from '../model';

export function shortId(): string {
  return `program-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * The document as the app keeps it: a file may leave out `program.id` (the spec requires only
 * `timeZone` and `streams`), and the app gives such a program a fresh id, as it does to the
 * programs it creates, so it always has a name to fall back on (`name` defaults to `id`). A
 * document with an id is returned as it is.
 */
export function withProgramId(document: Scenario): Scenario {
  if (document.program.id !== undefined) return document;
  return { ...document, program: { ...document.program, id: shortId() } };
}
