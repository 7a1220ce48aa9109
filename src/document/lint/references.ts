/**
 * Rules, filters and batch moves that name a stream or item the program does not have (spec,
 * semantics 25), with the semantics of src/model/references.ts: `received` names any item;
 * `opened`, `clicked`, `opensEmail` and `clicksEmail` name an email item; an id has the type of its
 * first declaration. The file validator rejects these; the editor's drafts may hold them (deleting a
 * stream keeps a `streamChanged` trigger naming it), so the panel names them as errors.
 */
import type { Filter, Scenario, Trigger } from '../../model';
import { namesOf, type ProgramProblem, type Target } from './types';

interface Catalog {
  streams: Set<string>;
  /** Content id to its type, as first declared. */
  items: Map<string, 'email' | 'program'>;
  name: (id: string) => string;
}

function catalogOf(doc: Scenario): Catalog {
  const streams = new Set<string>();
  const items = new Map<string, 'email' | 'program'>();
  for (const s of doc.program.streams) {
    streams.add(s.id);
    for (const c of s.content ?? []) if (!items.has(c.id)) items.set(c.id, c.type);
  }
  return { streams, items, name: namesOf(doc).item };
}

class Collector {
  readonly problems: ProgramProblem[] = [];
  constructor(private readonly catalog: Catalog) {}

  stream(id: string | undefined, target: Target) {
    if (id !== undefined && !this.catalog.streams.has(id))
      this.problems.push({ code: 'missingStream', severity: 'error', target, params: { id } });
  }

  item(id: string | undefined, target: Target, emailOnly: boolean) {
    if (id === undefined) return; // "any email"
    const type = this.catalog.items.get(id);
    if (type === undefined)
      this.problems.push({ code: 'missingItem', severity: 'error', target, params: { id } });
    else if (emailOnly && type !== 'email')
      this.problems.push({
        code: 'notAnEmail',
        severity: 'error',
        target,
        params: { item: this.catalog.name(id) },
      });
  }

  filters(filters: readonly Filter[] | undefined, target: Target) {
    for (const f of filters ?? []) {
      if (f.type === 'received') this.item(f.content, target, false);
      if (f.type === 'opened' || f.type === 'clicked') this.item(f.content, target, true);
      if (f.type === 'inStream') this.stream(f.stream, target);
    }
  }

  triggers(triggers: readonly Trigger[], target: Target) {
    for (const t of triggers) {
      if (t.type === 'clicksEmail' || t.type === 'opensEmail') this.item(t.content, target, true);
      if (t.type === 'streamChanged') this.stream(t.to, target);
    }
  }
}

/** Semantics 25: every id a rule, a program item's smart list or a batch move names must exist. */
export function referenceProblems(doc: Scenario): ProgramProblem[] {
  const check = new Collector(catalogOf(doc));
  for (const s of doc.program.streams) {
    for (const c of s.content ?? [])
      check.filters(c.qualify, { kind: 'item', stream: s.id, id: c.id });
    for (const r of s.transitions ?? []) {
      const target: Target = { kind: 'rule', stream: s.id, id: r.id };
      check.triggers(r.triggers, target);
      check.filters(r.filters, target);
    }
  }
  for (const b of doc.program.batchMoves ?? []) {
    const target: Target = { kind: 'batch', id: b.id };
    check.stream(b.from, target);
    check.stream(b.to, target);
    check.filters(b.filters, target);
  }
  return check.problems;
}
