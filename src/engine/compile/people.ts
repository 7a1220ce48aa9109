/**
 * The audience as columns: the file's `people` first, then the generated cohorts. Only the
 * attributes some rule or event uses are kept, and prior program memberships become bitsets.
 */
import type { Scalar, Scenario } from '../../model';
import type { PartialRates } from '../compiled';
import { type GeneratedAudience, generateAudience, personId } from '../audience/generate';
import { hashString, hashWithNumber } from '../rng';
import type { NameIndex } from './filters';
import { ratesOf } from './program';

export interface PeopleTable {
  count: number;
  /** People from the file's `people`; indices from here on are generated. */
  explicitCount: number;
  explicitIds: string[];
  generated: GeneratedAudience | null;
  /** Randomness key per person (hash of the id). */
  key: Uint32Array;
  /** Time-zone index per person into `zones`; 0 is the program zone (unknown, R23). */
  zone: Uint16Array;
  zones: string[];
  unsubscribed: Uint8Array;
  /** Per attribute index, the column of values (null when nobody has the attribute). */
  attributes: (Scalar[] | null)[];
  /** Prior program memberships as content bitsets (`words` per person), or null if none. */
  prior: Uint32Array | null;
  /** Behaviour rates per person from their cohort (null for file people). */
  behavior: (p: number) => PartialRates | null;
}

export function personIdOf(people: PeopleTable, p: number): string {
  if (p < people.explicitCount) return people.explicitIds[p]!;
  const g = p - people.explicitCount;
  const cohorts = people.generated!.cohorts;
  let lo = 0;
  let hi = cohorts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (cohorts[mid]!.start <= g) lo = mid;
    else hi = mid - 1;
  }
  const cohort = cohorts[lo]!;
  return personId(cohort.id, g - cohort.start);
}

export function compilePeople(scenario: Scenario, index: NameIndex, words: number): PeopleTable {
  const explicit = scenario.people ?? [];
  const zoneName = scenario.program.timeZone;
  const generated = scenario.generator
    ? generateAudience(scenario.generator, zoneName, (id) =>
        id === undefined ? 0 : index.stream.get(id)!,
      )
    : null;
  const explicitCount = explicit.length;
  const count = explicitCount + (generated?.count ?? 0);

  const zones = [zoneName];
  const zoneIndex = new Map<string, number>();
  const zoneOf = (name: string | null | undefined): number => {
    if (name === null || name === undefined) return 0;
    let i = zoneIndex.get(name);
    if (i === undefined) {
      i = zones.length;
      zones.push(name);
      zoneIndex.set(name, i);
    }
    return i;
  };

  const key = new Uint32Array(count);
  const zone = new Uint16Array(count);
  const unsubscribed = new Uint8Array(count);
  let prior: Uint32Array | null = null;
  const setPrior = (p: number, programs: readonly string[]) => {
    if (programs.length === 0) return;
    prior ??= new Uint32Array(count * words);
    for (const id of programs) {
      const c = index.content.get(id)!;
      prior[p * words + (c >>> 5)]! |= 1 << (c & 31);
    }
  };

  explicit.forEach((person, p) => {
    key[p] = hashString(person.id);
    zone[p] = zoneOf(person.timeZone);
    unsubscribed[p] = person.unsubscribed ? 1 : 0;
    setPrior(p, person.programs ?? []);
  });
  if (generated) {
    for (const cohort of generated.cohorts) {
      // The hash of `${cohort.id}-${n + 1}` (personId), without building a million strings.
      const prefix = hashString(`${cohort.id}-`);
      for (let n = 0; n < cohort.size; n++)
        key[explicitCount + cohort.start + n] = hashWithNumber(prefix, n + 1);
    }
    for (let g = 0; g < generated.count; g++) {
      const p = explicitCount + g;
      zone[p] = zoneOf(generated.zone[g]);
      unsubscribed[p] = generated.unsubscribed[g]!;
      setPrior(p, generated.programs[g]!);
    }
  }

  const attributes = [...index.attribute.keys()].map((name): Scalar[] | null => {
    const fromGenerator = generated?.attributes.get(name);
    const fromFile = explicit.some((person) => person.attributes?.[name] !== undefined);
    if (!fromFile && fromGenerator === undefined) return null;
    if (explicitCount === 0 && fromGenerator !== undefined) return fromGenerator; // already aligned
    const column = new Array<Scalar>(count).fill(null);
    explicit.forEach((person, p) => (column[p] = person.attributes?.[name] ?? null));
    fromGenerator?.forEach((v, g) => (column[explicitCount + g] = v));
    return column;
  });

  const cohortRates = (scenario.generator?.cohorts ?? []).map((c) => ratesOf(c.behavior));
  return {
    count,
    explicitCount,
    explicitIds: explicit.map((person) => person.id),
    generated,
    key,
    zone,
    zones,
    unsubscribed,
    attributes,
    prior,
    behavior: (p) =>
      p < explicitCount || !generated
        ? null
        : (cohortRates[generated.cohortOf[p - explicitCount]!] ?? null),
  };
}
