/**
 * What the people table shows, derived from the document: the attribute columns, the people whose
 * id matches the search, the program items people can be members of, a free id for a new person.
 * The listed people live in the document on this thread; each function is one pass over them and
 * the table memoises it on the people array, so scrolling costs nothing and an edit one pass.
 */
import type { Person, Program, Scenario } from '../../model';
import { generatingCohort } from '../../document/ops/people';

/** Attribute names used by some person, in order of first use. */
export function attributeNames(people: readonly Person[]): string[] {
  const names = new Set<string>();
  for (const person of people)
    if (person.attributes) for (const name in person.attributes) names.add(name);
  return [...names];
}

/** Indices of the people whose id contains `query` (case ignored); null when there is no query. */
export function matchingPeople(people: readonly Person[], query: string): number[] | null {
  const needle = query.trim().toLowerCase();
  if (needle === '') return null;
  const found: number[] = [];
  people.forEach((person, i) => {
    if (person.id.toLowerCase().includes(needle)) found.push(i);
  });
  return found;
}

export interface ProgramItem {
  id: string;
  name: string;
}

/** The program's program items (R28 memberships), each once, in lane and priority order. */
export function programItemsOf(program: Program): ProgramItem[] {
  const seen = new Map<string, ProgramItem>();
  for (const stream of program.streams)
    for (const item of stream.content ?? [])
      if (item.type === 'program' && !seen.has(item.id))
        seen.set(item.id, { id: item.id, name: item.name ?? item.id });
  return [...seen.values()];
}

/** "person-1", or the first "person-<n>" that is neither listed nor generated. */
export function suggestId(doc: Scenario): string {
  const taken = new Set((doc.people ?? []).map((p) => p.id));
  for (let n = 1; ; n++) {
    const id = `person-${n}`;
    if (!taken.has(id) && generatingCohort(doc, id) === null) return id;
  }
}
