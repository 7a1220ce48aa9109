/** Compiles filters and triggers from their file form to index-based records (R47, R51). */
import type { Filter, Trigger } from '../../model';
import { type CompiledFilter, type CompiledTrigger, TRIGGER } from '../compiled';

export interface NameIndex {
  content: Map<string, number>;
  stream: Map<string, number>;
  attribute: Map<string, number>;
}

export function attributeIndex(index: NameIndex, name: string): number {
  let i = index.attribute.get(name);
  if (i === undefined) {
    i = index.attribute.size;
    index.attribute.set(name, i);
  }
  return i;
}

const lookup = (map: Map<string, number>, id: string | undefined): number =>
  id === undefined ? -1 : (map.get(id) ?? -1);

export function compileFilter(f: Filter, index: NameIndex): CompiledFilter {
  switch (f.type) {
    case 'attribute':
      return { kind: 0, attr: attributeIndex(index, f.attribute), op: f.op, value: f.value };
    case 'received':
      return { kind: 1, content: lookup(index.content, f.content) };
    case 'opened':
      return { kind: 2, content: lookup(index.content, f.content) };
    case 'clicked':
      return { kind: 3, content: lookup(index.content, f.content) };
    case 'exhausted':
      return { kind: 4, value: f.value };
    case 'cadence':
      return { kind: 5, paused: f.value === 'paused' };
    case 'inStream':
      return { kind: 6, stream: lookup(index.stream, f.stream) };
  }
}

export function compileFilters(
  filters: readonly Filter[] | undefined,
  index: NameIndex,
): CompiledFilter[] {
  return (filters ?? []).map((f) => compileFilter(f, index));
}

export function compileTrigger(t: Trigger, index: NameIndex): CompiledTrigger {
  const base = { attr: -1, to: null, form: null, target: -1 };
  switch (t.type) {
    case 'attributeChanged':
      return {
        ...base,
        kind: TRIGGER.attributeChanged,
        attr: attributeIndex(index, t.attribute),
        to: t.to ?? null,
      };
    case 'fillsOutForm':
      return { ...base, kind: TRIGGER.fillsOutForm, form: t.form ?? null };
    case 'clicksEmail':
      return { ...base, kind: TRIGGER.clicksEmail, target: lookup(index.content, t.content) };
    case 'opensEmail':
      return { ...base, kind: TRIGGER.opensEmail, target: lookup(index.content, t.content) };
    case 'addedToProgram':
      return { ...base, kind: TRIGGER.addedToProgram };
    case 'streamChanged':
      return { ...base, kind: TRIGGER.streamChanged, target: lookup(index.stream, t.to) };
  }
}
