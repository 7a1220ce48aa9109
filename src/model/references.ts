/**
 * Cross-reference checks the schema alone cannot express (spec, semantics 15 and 25; R2): ids that
 * must be unique, rules and events that name streams, items or people, and joins that need a stream.
 * Works on the raw document, defensively, so these problems are reported together with the shape
 * problems of the same file rather than after they are fixed.
 */
import { MAX_GENERATED_PEOPLE } from './generator';
import type { MessageCode, Param } from './messages';
import { type JsonPath, type Problem, problem } from './problems';
import { quote } from './quote';
import { reorderProblem, StreamItems } from './reorderCheck';

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

  // The `…Holds` tests come first in the loops over people and events, so a path is built only
  // for a reference that fails (a million events would otherwise build millions of paths).

  streamHolds(value: unknown): boolean {
    return typeof value !== 'string' || this.catalog.streams.has(value);
  }

  stream(value: unknown, path: JsonPath) {
    if (!this.streamHolds(value)) this.add(path, 'noStream', { id: quote(value as string) });
  }

  itemHolds(value: unknown, want?: ItemType): boolean {
    if (typeof value !== 'string') return true;
    const type = this.catalog.items.get(value);
    return type !== undefined && (want === undefined || type === null || type === want);
  }

  item(value: unknown, path: JsonPath, want?: ItemType) {
    if (this.itemHolds(value, want)) return;
    const id = value as string;
    const type = this.catalog.items.get(id);
    if (type === undefined) this.add(path, 'noItem', { id: quote(id) });
    else
      this.add(path, type === 'email' ? 'emailNotProgram' : 'programNotEmail', { id: quote(id) });
  }

  personHolds(value: unknown): boolean {
    return typeof value !== 'string' || this.catalog.people.has(value);
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
  const people = list(doc.people);
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const id = isObj(p) ? str(p.id) : undefined;
    if (id === undefined) continue;
    if (catalog.people.has(id)) catalog.repeatedPeople.push(i);
    else catalog.people.add(id);
  }
  return { catalog, checker };
}

/** Every reference problem of a scenario document, in document order. */
export function checkReferences(doc: unknown): Problem[] {
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
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi];
    if (!isObj(p) || p.programs === undefined) continue;
    const programs = list(p.programs);
    for (let i = 0; i < programs.length; i++)
      if (!checker.itemHolds(programs[i], 'program'))
        checker.item(programs[i], ['people', pi, 'programs', i], 'program');
  }

  checkEvents(doc, checker, streams.length);
  checkGenerator(doc, checker, streams.length);
  return checker.problems;
}

const JOINS = new Set(['add', 'pause', 'resume']);

function checkEvents(doc: Obj, checker: Checker, streamCount: number) {
  const events = list(doc.events);
  const streams = new StreamItems(list((doc.program as Obj).streams));
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!isObj(e)) continue;
    if ('person' in e && !checker.personHolds(e.person))
      checker.add(['events', i, 'person'], 'noPerson', { id: quote(e.person as string) });
    switch (e.type) {
      case 'add':
      case 'move':
      case 'reorder':
        if (e.stream !== undefined && !checker.streamHolds(e.stream))
          checker.stream(e.stream, ['events', i, 'stream']);
        break;
      case 'opens':
      case 'clicks':
        if (!checker.itemHolds(e.content, 'email'))
          checker.item(e.content, ['events', i, 'content'], 'email');
        break;
      case 'activate':
      case 'deactivate':
        if (!checker.itemHolds(e.content)) checker.item(e.content, ['events', i, 'content']);
        break;
    }
    if (streamCount === 0 && typeof e.type === 'string' && JOINS.has(e.type))
      checker.add(['events', i, 'type'], 'joinWithoutStreams', { type: quote(e.type) });
    if (e.type === 'reorder') {
      const incomplete = reorderProblem(streams, e, ['events', i]);
      if (incomplete !== null) checker.problems.push(incomplete);
    }
  }
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
