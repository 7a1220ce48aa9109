/** What an edit returns: the new document, or why the edit was refused (a code the UI words). */
import type { Scenario, Stream } from '../../model';

export type Refusal =
  | 'tooManyStreams' // R2
  | 'alreadyInStream' // one id at most once per stream (semantics 25)
  | 'idTaken' // a person's id is another person's, listed or generated
  | 'notFound';

export type EditResult = { ok: true; doc: Scenario } | { ok: false; refusal: Refusal };

export const done = (doc: Scenario): EditResult => ({ ok: true, doc });
export const refuse = (refusal: Refusal): EditResult => ({ ok: false, refusal });

export function withStreams(doc: Scenario, streams: Stream[]): Scenario {
  return { ...doc, program: { ...doc.program, streams } };
}

/** Applies `change` to one stream; `notFound` when there is no such stream. */
export function editStream(
  doc: Scenario,
  id: string,
  change: (stream: Stream) => Stream,
): EditResult {
  const index = doc.program.streams.findIndex((s) => s.id === id);
  if (index < 0) return refuse('notFound');
  const streams = [...doc.program.streams];
  streams[index] = change(streams[index]!);
  return done(withStreams(doc, streams));
}

export function withUi(doc: Scenario, ui: unknown): Scenario {
  return { ...doc, ui } as Scenario;
}
