/** Compiles scripted events: per-person timelines and the program edits that change the content. */
import type { Scalar, Scenario } from '../../model';
import { parseDateTime } from '../time/zones';
import type { NameIndex } from './filters';

export const EV = {
  add: 0,
  move: 1,
  pause: 2,
  resume: 3,
  remove: 4,
  set: 5,
  fillsOutForm: 6,
  opens: 7,
  clicks: 8,
  unsubscribe: 9,
  resubscribe: 10,
  externalEmail: 11,
} as const;
export type PersonEventKind = (typeof EV)[keyof typeof EV];

export interface PersonEvent {
  at: number;
  kind: PersonEventKind;
  /** add/move: stream index (add without a stream: the first stream, semantics 15). */
  stream: number;
  attr: number;
  value: Scalar;
  form: string;
  content: number;
  operational: boolean;
  /** Position in the file's `events`, for explanations. */
  fileIndex: number;
}

export type ProgramEdit =
  | { at: number; kind: 'switch'; content: number; active: boolean; fileIndex: number }
  | { at: number; kind: 'reorder'; stream: number; order: Int16Array; fileIndex: number }
  | { at: number; kind: 'status'; on: boolean; fileIndex: number };

export interface CompiledEvents {
  /** Per person index, their events in time order then file order (semantics 3). */
  byPerson: Map<number, PersonEvent[]>;
  edits: ProgramEdit[];
  /** Every event instant, for the simulation range. */
  instants: number[];
}

export function compileEvents(
  scenario: Scenario,
  index: NameIndex,
  personIndex: Map<string, number>,
  zone: string,
): CompiledEvents {
  const byPerson = new Map<number, PersonEvent[]>();
  const edits: ProgramEdit[] = [];
  const instants: number[] = [];
  const streams = scenario.program.streams;
  (scenario.events ?? []).forEach((e, fileIndex) => {
    const at = parseDateTime(e.at, zone);
    instants.push(at);
    switch (e.type) {
      case 'activate':
      case 'deactivate':
        edits.push({
          at,
          kind: 'switch',
          content: index.content.get(e.content)!,
          active: e.type === 'activate',
          fileIndex,
        });
        return;
      case 'reorder': {
        const s = index.stream.get(e.stream)!;
        const slotOf = new Map((streams[s]!.content ?? []).map((c, i) => [c.id, i]));
        edits.push({
          at,
          kind: 'reorder',
          stream: s,
          order: Int16Array.from(e.order.map((id) => slotOf.get(id)!)),
          fileIndex,
        });
        return;
      }
      case 'programStatus':
        edits.push({ at, kind: 'status', on: e.status === 'on', fileIndex });
        return;
    }
    const event: PersonEvent = {
      at,
      kind: EV[e.type],
      stream: e.type === 'add' || e.type === 'move' ? (index.stream.get(e.stream ?? '') ?? 0) : 0,
      attr: e.type === 'set' ? index.attribute.get(e.attribute)! : -1,
      value: e.type === 'set' ? e.value : null,
      form: e.type === 'fillsOutForm' ? e.form : '',
      content: e.type === 'opens' || e.type === 'clicks' ? index.content.get(e.content)! : -1,
      operational: e.type === 'externalEmail' ? (e.operational ?? false) : false,
      fileIndex,
    };
    const p = personIndex.get((e as { person: string }).person)!;
    let list = byPerson.get(p);
    if (list === undefined) byPerson.set(p, (list = []));
    list.push(event);
  });
  // Stable sorts: same-instant events keep file order.
  for (const list of byPerson.values()) list.sort((a, b) => a.at - b.at);
  edits.sort((a, b) => a.at - b.at);
  return { byPerson, edits, instants };
}
