/**
 * TEST ORACLE: src/model/references.ts as it was before issue 8 (commit 9082000), kept unchanged
 * except for imports, so property tests can hold today's checker to the same problems in the
 * same order. Not used by the app.
 */
import { MAX_GENERATED_PEOPLE } from '../../../src/model/generator';
import type { MessageCode, Param, Phrase } from '../../../src/model/messages';
import { type JsonPath, type Problem, problem } from '../../../src/model/problems';
import { idList, quote } from '../../../src/model/quote';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

type ItemType = 'email' | 'program';
/** An item's type, or null for a string that is no type (the schema reports it; the id exists). */
const itemType = (v: string): ItemType | null => (v === 'email' || v === 'program' ? v : null);

interface Catalog {
  streams: Set<string>;
  /** Content id to its type, as first declared (null: not a type, which the schema reports). */
  items: Map<string, ItemType | null>;
  people: Set<string>;
  /** Indexes in `people` of ids listed before (one set serves both). */
  repeatedPeople: number[];
}

class Checker {
  readonly problems: Problem[] = [];
  constructor(readonly catalog: Catalog) {}

  add(path: JsonPath, code: MessageCode, params?: Record<string, Param>) {
    this.problems.push(problem(path, code, params));
  }

  stream(value: unknown, path: JsonPath) {
    const id = str(value);
    if (id !== undefined && !this.catalog.streams.has(id))
      this.add(path, 'noStream', { id: quote(id) });
  }

  item(value: unknown, path: JsonPath, want?: ItemType) {
    const id = str(value);
    if (id === undefined) return;
    const type = this.catalog.items.get(id);
    if (type === undefined) this.add(path, 'noItem', { id: quote(id) });
    else if (want !== undefined && type !== null && type !== want)
      this.add(path, type === 'email' ? 'emailNotProgram' : 'programNotEmail', { id: quote(id) });
  }

  person(value: unknown, path: JsonPath) {
    const id = str(value);
    if (id !== undefined && !this.catalog.people.has(id))
      this.add(path, 'noPerson', { id: quote(id) });
  }

  filters(value: unknown, path: JsonPath) {
    list(value).forEach((f, i) => {
      if (!isObj(f)) return;
      const at = [...path, i];
      if (f.type === 'received') this.item(f.content, [...at, 'content']);
      if (f.type === 'opened' || f.type === 'clicked')
        this.item(f.content, [...at, 'content'], 'email');
      if (f.type === 'inStream') this.stream(f.stream, [...at, 'stream']);
    });
  }

  triggers(value: unknown, path: JsonPath) {
    list(value).forEach((t, i) => {
      if (!isObj(t)) return;
      const at = [...path, i];
      if (t.type === 'clicksEmail' || t.type === 'opensEmail')
        this.item(t.content, [...at, 'content'], 'email');
      if (t.type === 'streamChanged') this.stream(t.to, [...at, 'to']);
    });
  }

  /** A problem at `[...listPath, i, 'id']` for each id of `values` seen before it. */
  unique(values: unknown[], listPath: JsonPath, code: MessageCode) {
    const seen = new Set<string>();
    values.forEach((value, i) => {
      const key = isObj(value) ? str(value.id) : undefined;
      if (key === undefined) return;
      if (seen.has(key)) this.add([...listPath, i, 'id'], code, { id: quote(key) });
      else seen.add(key);
    });
  }
}

function catalogOf(doc: Obj, program: Obj): { catalog: Catalog; checker: Checker } {
  const catalog: Catalog = {
    streams: new Set(),
    items: new Map(),
    people: new Set(),
    repeatedPeople: [],
  };
  const checker = new Checker(catalog);
  list(program.streams).forEach((s, si) => {
    if (!isObj(s)) return;
    const sid = str(s.id);
    if (sid !== undefined) catalog.streams.add(sid);
    const inStream = new Set<string>();
    list(s.content).forEach((c, ci) => {
      if (!isObj(c)) return;
      const id = str(c.id);
      const rawType = str(c.type);
      if (id === undefined || rawType === undefined) return;
      const type = itemType(rawType);
      const path = ['program', 'streams', si, 'content', ci];
      if (inStream.has(id)) {
        const stream = quote(sid ?? String(si));
        checker.add([...path, 'id'], 'twiceInStream', { id: quote(id), stream });
        return; // a second type in the same stream is part of the same mistake
      }
      inStream.add(id);
      const known = catalog.items.get(id);
      if (known === undefined) catalog.items.set(id, type);
      else if (known !== null && type !== null && known !== type)
        checker.add([...path, 'type'], known === 'email' ? 'emailElsewhere' : 'programElsewhere', {
          id: quote(id),
        });
    });
  });
  list(doc.people).forEach((p, i) => {
    const id = isObj(p) ? str(p.id) : undefined;
    if (id === undefined) return;
    if (catalog.people.has(id)) catalog.repeatedPeople.push(i);
    else catalog.people.add(id);
  });
  return { catalog, checker };
}

/** Every reference problem of a scenario document, in document order. */
export function checkReferencesBefore(doc: unknown): Problem[] {
  if (!isObj(doc) || !isObj(doc.program)) return [];
  const program = doc.program;
  const { checker } = catalogOf(doc, program);
  const streams = list(program.streams);

  checker.unique(streams, ['program', 'streams'], 'duplicateStream');
  // Rule and batch-move ids only name the cause of a move (`rule:<id>`); the spec does not ask
  // for them to be unique, so files that reuse them stay valid (the editor warns instead).
  streams.forEach((s, si) => {
    if (!isObj(s)) return;
    list(s.content).forEach((c, ci) => {
      if (isObj(c))
        checker.filters(c.qualify, ['program', 'streams', si, 'content', ci, 'qualify']);
    });
    list(s.transitions).forEach((r, ri) => {
      if (!isObj(r)) return;
      const path = ['program', 'streams', si, 'transitions', ri];
      checker.triggers(r.triggers, [...path, 'triggers']);
      checker.filters(r.filters, [...path, 'filters']);
    });
  });

  const batches = list(program.batchMoves);
  batches.forEach((b, bi) => {
    if (!isObj(b)) return;
    const path = ['program', 'batchMoves', bi];
    if (b.from !== undefined) checker.stream(b.from, [...path, 'from']);
    checker.stream(b.to, [...path, 'to']);
    checker.filters(b.filters, [...path, 'filters']);
  });

  const people = list(doc.people);
  for (const i of checker.catalog.repeatedPeople)
    checker.add(['people', i, 'id'], 'duplicatePerson', {
      id: quote((people[i] as Obj).id as string),
    });
  people.forEach((p, pi) => {
    if (isObj(p) && p.programs !== undefined)
      list(p.programs).forEach((id, i) =>
        checker.item(id, ['people', pi, 'programs', i], 'program'),
      );
  });

  checkEvents(doc, checker, streams.length);
  checkGenerator(doc, checker, streams.length);
  return checker.problems;
}

const JOINS = new Set(['add', 'pause', 'resume']);

function checkEvents(doc: Obj, checker: Checker, streamCount: number) {
  list(doc.events).forEach((e, i) => {
    if (!isObj(e)) return;
    const path = ['events', i];
    if ('person' in e) checker.person(e.person, [...path, 'person']);
    switch (e.type) {
      case 'add':
      case 'move':
      case 'reorder':
        if (e.stream !== undefined) checker.stream(e.stream, [...path, 'stream']);
        break;
      case 'opens':
      case 'clicks':
        checker.item(e.content, [...path, 'content'], 'email');
        break;
      case 'activate':
      case 'deactivate':
        checker.item(e.content, [...path, 'content']);
        break;
    }
    if (streamCount === 0 && typeof e.type === 'string' && JOINS.has(e.type))
      checker.add([...path, 'type'], 'joinWithoutStreams', { type: quote(e.type) });
    if (e.type === 'reorder') checkReorder(doc, e, path, checker);
  });
}

/** A reorder lists every item of its stream exactly once (spec: `order` (all item ids)). */
function checkReorder(doc: Obj, event: Obj, path: JsonPath, checker: Checker) {
  const program = doc.program as Obj;
  const stream = list(program.streams).find((s) => isObj(s) && s.id === event.stream);
  if (!isObj(stream) || !Array.isArray(event.order)) return;
  const expected = list(stream.content).flatMap((c) => (isObj(c) ? (str(c.id) ?? []) : []));
  const given = event.order.flatMap((id) => str(id) ?? []);
  // Sets, not indexOf: a file may list many thousands of ids.
  const inStream = new Set(expected);
  const seen = new Set<string>();
  const repeated = given.filter((id) => seen.size === seen.add(id).size);
  const missing = expected.filter((id) => !seen.has(id));
  const unknown = given.filter((id) => !inStream.has(id));
  const details: Phrase[] = [];
  if (missing.length) details.push({ code: 'reorderMissing', params: { ids: idList(missing) } });
  if (unknown.length) details.push({ code: 'reorderUnknown', params: { ids: idList(unknown) } });
  if (repeated.length) details.push({ code: 'reorderRepeated', params: { ids: idList(repeated) } });
  if (details.length)
    checker.add([...path, 'order'], 'reorderIncomplete', {
      stream: quote(String(event.stream)),
      details,
    });
}

function checkGenerator(doc: Obj, checker: Checker, streamCount: number) {
  const gen = doc.generator;
  if (!isObj(gen)) return;
  const cohorts = list(gen.cohorts);
  checker.unique(cohorts, ['generator', 'cohorts'], 'duplicateCohort');
  const clashes = generatedClashes(cohorts, checker.catalog.people);
  let total = 0;
  cohorts.forEach((c, ci) => {
    if (!isObj(c)) return;
    const path = ['generator', 'cohorts', ci];
    if (typeof c.size === 'number') total += c.size;
    if (isObj(c.join)) {
      if (c.join.stream !== undefined) checker.stream(c.join.stream, [...path, 'join', 'stream']);
      if (streamCount === 0) checker.add([...path, 'join'], 'cohortWithoutStreams');
    }
    list(c.programs).forEach((p, pi) => {
      if (isObj(p)) checker.item(p.program, [...path, 'programs', pi, 'program'], 'program');
    });
    for (const person of clashes.get(ci) ?? [])
      checker.add([...path, 'id'], 'generatedClash', { id: quote(person) });
  });
  if (total > MAX_GENERATED_PEOPLE)
    checker.add(['generator', 'cohorts'], 'generatedTotal', { max: MAX_GENERATED_PEOPLE, total });
}

/**
 * People of `people` whose id a cohort would generate (`<cohort>-<n>`, n from 1 to its size).
 * Each id is split at each of its dashes, so the check costs people × dashes, not people × cohorts.
 */
function generatedClashes(cohorts: unknown[], people: Set<string>): Map<number, string[]> {
  const byId = new Map<string, { size: number; index: number }[]>();
  cohorts.forEach((c, index) => {
    if (!isObj(c) || typeof c.id !== 'string' || typeof c.size !== 'number') return;
    byId.set(c.id, [...(byId.get(c.id) ?? []), { size: c.size, index }]);
  });
  const clashes = new Map<number, string[]>();
  if (byId.size === 0) return clashes;
  for (const person of people) {
    for (let dash = person.indexOf('-'); dash >= 0; dash = person.indexOf('-', dash + 1)) {
      const n = Number(person.slice(dash + 1));
      if (!Number.isInteger(n) || n < 1) continue;
      for (const { size, index } of byId.get(person.slice(0, dash)) ?? [])
        if (n <= size) {
          const list = clashes.get(index) ?? [];
          list.push(person);
          clashes.set(index, list);
        }
    }
  }
  return clashes;
}
