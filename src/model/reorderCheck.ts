/**
 * The reference check of a `reorder` event: it lists every item of its stream exactly once
 * (spec: `order` (all item ids)). A file may script many reorders of large streams, so each
 * stream is found by id and its item ids gathered once, not once per event.
 */
import type { Phrase } from './messages';
import { type JsonPath, type Problem, problem } from './problems';
import { idList, quote } from './quote';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The item ids of each stream, gathered once however many reorders name the stream. */
export class StreamItems {
  private byId: Map<unknown, Obj> | null = null;
  private readonly items = new Map<Obj, { expected: string[]; inStream: Set<string> }>();
  constructor(private readonly streams: unknown[]) {}

  /** The first stream whose id is `id` (compared with ===, as a search of the list would). */
  stream(id: unknown): Obj | undefined {
    if (this.byId === null) {
      this.byId = new Map();
      for (const s of this.streams) if (isObj(s) && !this.byId.has(s.id)) this.byId.set(s.id, s);
    }
    // A Map finds NaN by NaN; === never does.
    return Number.isNaN(id) ? undefined : this.byId.get(id);
  }

  of(stream: Obj) {
    let known = this.items.get(stream);
    if (known === undefined) {
      const expected = list(stream.content).flatMap((c) => (isObj(c) ? (str(c.id) ?? []) : []));
      // Sets, not indexOf: a file may list many thousands of ids.
      known = { expected, inStream: new Set(expected) };
      this.items.set(stream, known);
    }
    return known;
  }
}

/** A reorder lists every item of its stream exactly once (spec: `order` (all item ids)). */
export function reorderProblem(streams: StreamItems, event: Obj, path: JsonPath): Problem | null {
  const stream = streams.stream(event.stream);
  if (stream === undefined || !Array.isArray(event.order)) return null;
  const { expected, inStream } = streams.of(stream);
  const given = event.order.flatMap((id) => str(id) ?? []);
  const seen = new Set<string>();
  const repeated = given.filter((id) => seen.size === seen.add(id).size);
  const missing = expected.filter((id) => !seen.has(id));
  const unknown = given.filter((id) => !inStream.has(id));
  const details: Phrase[] = [];
  if (missing.length) details.push({ code: 'reorderMissing', params: { ids: idList(missing) } });
  if (unknown.length) details.push({ code: 'reorderUnknown', params: { ids: idList(unknown) } });
  if (repeated.length) details.push({ code: 'reorderRepeated', params: { ids: idList(repeated) } });
  if (details.length === 0) return null;
  return problem([...path, 'order'], 'reorderIncomplete', {
    stream: quote(String(event.stream)),
    details,
  });
}
