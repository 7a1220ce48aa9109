/**
 * What the event form offers to pick from: the listed people, attribute names the file already
 * uses (people, cohorts, rule conditions), the forms transition rules wait for, and the items.
 */
import type { Scenario } from '../../model';
import { namesIn, type Names } from '../../wording/names';
import { itemLabel } from '../../wording/itemLabel';

export interface Suggestions {
  people: readonly string[];
  attributes: readonly string[];
  forms: readonly string[];
  items: readonly { id: string; type: string; label: string }[];
}

export function suggestionsOf(
  doc: Pick<Scenario, 'program' | 'people' | 'generator'>,
  names: Names,
  language: string,
): Suggestions {
  const attributes = new Set<string>();
  const forms = new Set<string>();
  for (const person of doc.people ?? []) for (const a in person.attributes) attributes.add(a);
  for (const cohort of doc.generator?.cohorts ?? [])
    for (const a in cohort.attributes) attributes.add(a);
  const items = new Map<string, { id: string; type: string; label: string }>();
  for (const stream of doc.program.streams) {
    for (const item of stream.content ?? []) {
      const name = names.content(item.id);
      if (!items.has(item.id))
        items.set(item.id, {
          id: item.id,
          type: item.type,
          label: itemLabel(language, item.id, name),
        });
    }
    for (const rule of stream.transitions ?? []) {
      for (const trigger of rule.triggers) {
        if (trigger.type === 'fillsOutForm' && trigger.form) forms.add(trigger.form);
        if (trigger.type === 'attributeChanged') attributes.add(trigger.attribute);
      }
      for (const filter of rule.filters ?? [])
        if (filter.type === 'attribute') attributes.add(filter.attribute);
    }
  }
  return {
    people: (doc.people ?? []).map((p) => p.id),
    attributes: [...attributes].sort(),
    forms: [...forms].sort(),
    items: [...items.values()],
  };
}

/** Display names of streams and items; namesIn reads nothing but the program. */
export const programNames = (program: Scenario['program']): Names =>
  namesIn({ program } as Scenario);
