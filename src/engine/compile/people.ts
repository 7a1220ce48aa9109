/**
 * The audience as columns: the file's `people` first, then the generated cohorts. Only the
 * attributes some rule or event uses are kept, and prior program memberships become bitsets.
 */
import type { Person, Scalar, Scenario } from '../../model';
import type { PartialRates } from '../compiled';
import { type GeneratedAudience, generateAudience, personId } from '../audience/generate';
import { hashString, hashWithNumber } from '../rng';
import type { NameIndex } from './filters';
import { IdIndex } from './idIndex';
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

/**
 * Builds the table as the file's people arrive, one at a time in `people` order (from the
 * document's array, or straight from a file read in batches). `add` returns false for a person
 * the full validation would refuse on references: one a cohort generates, or a prior program that
 * is no program item; `finish` returns null when an id is listed twice. The bytes reader then
 * falls back to the full validation.
 */
export class PeopleColumnsBuilder {
  readonly explicitIds: string[] = [];
  /** File people's index by id. */
  readonly indexOfId: IdIndex;
  private readonly generated: GeneratedAudience | null;
  private readonly count: number;
  private readonly zones: string[];
  private readonly zoneIndex = new Map<string, number>();
  private readonly key: Uint32Array;
  private readonly zone: Uint16Array;
  private readonly unsubscribed: Uint8Array;
  private prior: Uint32Array | null = null;
  private readonly attributes: (Scalar[] | null)[];
  private readonly attributeNames: string[];
  /** Cohort id to its largest size: the ids `<cohort>-<n>` a file person may not take. */
  private readonly cohortSizes = new Map<string, number>();

  constructor(
    private readonly scenario: Scenario,
    private readonly index: NameIndex,
    private readonly isEmail: Uint8Array,
    private readonly words: number,
    private readonly explicitCount: number,
  ) {
    const zoneName = scenario.program.timeZone;
    this.generated = scenario.generator
      ? generateAudience(scenario.generator, zoneName, (id) =>
          id === undefined ? 0 : index.stream.get(id)!,
        )
      : null;
    this.count = explicitCount + (this.generated?.count ?? 0);
    this.indexOfId = new IdIndex(this.explicitIds, explicitCount);
    this.zones = [zoneName];
    this.key = new Uint32Array(this.count);
    this.zone = new Uint16Array(this.count);
    this.unsubscribed = new Uint8Array(this.count);
    this.attributeNames = [...index.attribute.keys()];
    this.attributes = new Array<Scalar[] | null>(index.attribute.size).fill(null);
    for (const c of scenario.generator?.cohorts ?? [])
      this.cohortSizes.set(c.id, Math.max(c.size, this.cohortSizes.get(c.id) ?? 0));
  }

  private zoneOf(name: string | null | undefined): number {
    if (name === null || name === undefined) return 0;
    let i = this.zoneIndex.get(name);
    if (i === undefined) {
      i = this.zones.length;
      this.zones.push(name);
      this.zoneIndex.set(name, i);
    }
    return i;
  }

  private setPrior(p: number, programs: readonly string[], fromFile: boolean): boolean {
    if (programs.length === 0) return true;
    const words = this.words;
    const prior = (this.prior ??= new Uint32Array(this.count * words));
    for (const id of programs) {
      const c = this.index.content.get(id);
      if (c === undefined || (fromFile && this.isEmail[c] === 1)) return false;
      prior[p * words + (c >>> 5)]! |= 1 << (c & 31);
    }
    return true;
  }

  /** Whether a cohort generates `id` (spec: generator ids never clash with `people`). */
  private generatedClash(id: string): boolean {
    if (this.cohortSizes.size === 0) return false;
    for (let dash = id.indexOf('-'); dash >= 0; dash = id.indexOf('-', dash + 1)) {
      const size = this.cohortSizes.get(id.slice(0, dash));
      if (size === undefined) continue;
      const n = Number(id.slice(dash + 1));
      if (Number.isInteger(n) && n >= 1 && n <= size) return true;
    }
    return false;
  }

  add(person: Person): boolean {
    const p = this.explicitIds.length;
    if (p >= this.explicitCount) return false;
    const id = person.id;
    const hash = hashString(id);
    this.explicitIds.push(id);
    if (this.generatedClash(id)) return false;
    this.key[p] = hash;
    this.zone[p] = this.zoneOf(person.timeZone);
    this.unsubscribed[p] = person.unsubscribed ? 1 : 0;
    const values = person.attributes;
    // Only the attributes some rule or event reads (usually a few of the person's).
    if (values !== undefined)
      for (let a = 0; a < this.attributeNames.length; a++) {
        const name = this.attributeNames[a]!;
        const value = values[name];
        if (value === undefined || !Object.hasOwn(values, name)) continue;
        const column = (this.attributes[a] ??= new Array<Scalar>(this.count).fill(null));
        column[p] = value;
      }
    return this.setPrior(p, person.programs ?? [], true);
  }

  /** The table, once every file person has been added; null when an id is listed twice. */
  finish(): PeopleTable | null {
    const { generated, explicitCount } = this;
    if (this.explicitIds.length !== explicitCount) throw new Error('people missing');
    // All at once rather than as each person is read: in a loop this tight, the processor
    // overlaps the table's cache misses, a million of them for a million people.
    for (let p = 0; p < explicitCount; p++) if (!this.indexOfId.add(p, this.key[p]!)) return null;
    if (generated) {
      for (const cohort of generated.cohorts) {
        // The hash of `${cohort.id}-${n + 1}` (personId), without building a million strings.
        const prefix = hashString(`${cohort.id}-`);
        for (let n = 0; n < cohort.size; n++)
          this.key[explicitCount + cohort.start + n] = hashWithNumber(prefix, n + 1);
      }
      for (let g = 0; g < generated.count; g++) {
        const p = explicitCount + g;
        this.zone[p] = this.zoneOf(generated.zone[g]);
        this.unsubscribed[p] = generated.unsubscribed[g]!;
        this.setPrior(p, generated.programs[g]!, false);
      }
      this.attributeNames.forEach((name, a) => {
        const fromGenerator = generated.attributes.get(name);
        if (fromGenerator === undefined) return;
        const column = this.attributes[a];
        if (column === null) {
          if (explicitCount === 0) return void (this.attributes[a] = fromGenerator); // aligned
          this.attributes[a] = new Array<Scalar>(this.count).fill(null);
        }
        const target = this.attributes[a]!;
        fromGenerator.forEach((v, g) => (target[explicitCount + g] = v));
      });
    }
    const cohortRates = (this.scenario.generator?.cohorts ?? []).map((c) => ratesOf(c.behavior));
    return {
      count: this.count,
      explicitCount,
      explicitIds: this.explicitIds,
      generated,
      key: this.key,
      zone: this.zone,
      zones: this.zones,
      unsubscribed: this.unsubscribed,
      attributes: this.attributes,
      prior: this.prior,
      behavior: (p) =>
        p < explicitCount || !generated
          ? null
          : (cohortRates[generated.cohortOf[p - explicitCount]!] ?? null),
    };
  }
}
