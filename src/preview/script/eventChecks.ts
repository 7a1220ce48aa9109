/**
 * The checks that decide whether an event draft may go into the document. They are those of the
 * file format (spec: events; semantics 15, 25), so an event that passes never makes the file
 * invalid; each problem is a code the form words in the UI language (useProblemText.ts).
 */
import { isDateTime, type Scenario } from '../../model';
import { orderIds, type DraftField, type EventDraft } from './eventDraft';
import { FIELDS_OF, JOIN_TYPES, type EventField } from './eventTypes';
import { parseScalarText } from './scalarText';

export type ProblemCode =
  | 'noStreams'
  | 'atFormat'
  | 'atDate'
  | 'personMissing'
  | 'personGenerated'
  | 'personUnknown'
  | 'streamMissing'
  | 'streamUnknown'
  | 'contentMissing'
  | 'contentUnknown'
  | 'contentNotEmail'
  | 'attributeMissing'
  | 'valueMissing'
  | 'formMissing'
  | 'orderMissing'
  | 'orderUnknown'
  | 'orderRepeated';

export interface EventProblem {
  field: DraftField;
  code: ProblemCode;
  values?: Record<string, string>;
}

/** What an event may name: the program's streams and items, the listed people and the cohorts. */
export interface EventContext {
  streams: { id: string; items: string[] }[];
  /** Content id to its type, as first declared. */
  items: ReadonlyMap<string, string>;
  people: ReadonlySet<string>;
  cohorts: readonly { id: string; size: number }[];
}

/** Takes the parts it reads, so a caller can memoise on them (not on every edit of `events`). */
export function eventContext(
  doc: Pick<Scenario, 'program' | 'people' | 'generator'>,
): EventContext {
  const items = new Map<string, string>();
  const streams = doc.program.streams.map((s) => {
    for (const c of s.content ?? []) if (!items.has(c.id)) items.set(c.id, c.type);
    return { id: s.id, items: (s.content ?? []).map((c) => c.id) };
  });
  return {
    streams,
    items,
    people: new Set((doc.people ?? []).map((p) => p.id)),
    cohorts: (doc.generator?.cohorts ?? []).map((c) => ({ id: c.id, size: c.size })),
  };
}

const DATE_TIME_SHAPE =
  /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/;

/** Every problem of `draft`, in form order; empty when it may be saved. */
export function checkDraft(draft: EventDraft, context: EventContext): EventProblem[] {
  const problems: EventProblem[] = [];
  const add = (field: DraftField, code: ProblemCode, values?: Record<string, string>) =>
    problems.push(values ? { field, code, values } : { field, code });
  if (context.streams.length === 0 && JOIN_TYPES.includes(draft.type)) add('type', 'noStreams');
  const at = draft.at.trim();
  if (!isDateTime(at)) add('at', DATE_TIME_SHAPE.test(at) ? 'atDate' : 'atFormat', { at });
  for (const field of FIELDS_OF[draft.type]) checkField(draft, field, context, add);
  return problems;
}

type Add = (field: DraftField, code: ProblemCode, values?: Record<string, string>) => void;

function checkField(draft: EventDraft, field: EventField, context: EventContext, add: Add) {
  const value = (draft[field] as string | boolean).toString().trim();
  switch (field) {
    case 'person':
      return checkPerson(value, context, add);
    case 'stream':
      if (value === '') {
        if (draft.type !== 'add') add('stream', 'streamMissing');
      } else if (!context.streams.some((s) => s.id === value))
        add('stream', 'streamUnknown', { stream: value });
      return;
    case 'content': {
      const type = context.items.get(value);
      if (value === '') add('content', 'contentMissing');
      else if (type === undefined) add('content', 'contentUnknown', { content: value });
      else if ((draft.type === 'opens' || draft.type === 'clicks') && type !== 'email')
        add('content', 'contentNotEmail', { content: value });
      return;
    }
    case 'attribute':
      if (value === '') add('attribute', 'attributeMissing');
      return;
    case 'value':
      if (parseScalarText(draft.value) === undefined) add('value', 'valueMissing');
      return;
    case 'form':
      if (value === '') add('form', 'formMissing');
      return;
    case 'order':
      return checkOrder(draft, context, add);
  }
}

function checkPerson(id: string, context: EventContext, add: Add) {
  if (id === '') return add('person', 'personMissing');
  if (context.people.has(id)) return;
  // Generated people are not in the file's `people`, and the format names only those (semantics
  // 25): other simulators ignore the generator, so an event about one would break the file.
  const cohort = context.cohorts.find((c) => {
    const n = id.startsWith(`${c.id}-`) ? id.slice(c.id.length + 1) : '';
    return /^[1-9]\d*$/.test(n) && Number(n) <= c.size;
  });
  if (cohort) add('person', 'personGenerated', { person: id, cohort: cohort.id });
  else add('person', 'personUnknown', { person: id });
}

function checkOrder(draft: EventDraft, context: EventContext, add: Add) {
  const stream = context.streams.find((s) => s.id === draft.stream.trim());
  if (stream === undefined) return; // the stream field says what is wrong
  const given = orderIds(draft.order);
  const missing = stream.items.filter((id) => !given.includes(id));
  const unknown = given.filter((id) => !stream.items.includes(id));
  const repeated = given.filter((id, i) => given.indexOf(id) !== i);
  if (missing.length > 0) add('order', 'orderMissing', { ids: missing.join(', ') });
  if (unknown.length > 0) add('order', 'orderUnknown', { ids: unknown.join(', ') });
  if (repeated.length > 0)
    add('order', 'orderRepeated', { ids: [...new Set(repeated)].join(', ') });
}
