/**
 * The audience generator (the file's `"generator"` key): cohorts of synthetic people, drawn with
 * counter-based randomness so the same file and seed always yield the same people, whatever the
 * order or number of cohorts. Output is columnar, so a million people cost a few typed arrays.
 */
import type { Cohort, Distribution, Generator, Scalar } from '../../model';
import { dayOf, minutesOf } from '../time/days';
import { zonedInstant } from '../time/zones';
import { hashString, seedKey, uniform } from '../rng';

/** Salts that keep the draws for different properties of one person independent. */
const DRAW = { zone: 1, unsubscribed: 2, program: 3, attribute: 4 } as const;

export interface GeneratedCohort {
  id: string;
  /** Index of the cohort's first person in the generated block. */
  start: number;
  size: number;
}

export interface GeneratedAudience {
  count: number;
  cohorts: GeneratedCohort[];
  joinAt: Float64Array;
  /** Stream index, resolved by the caller's stream lookup. */
  joinStream: Int16Array;
  /** Time zone per person, null for unknown. */
  zone: (string | null)[];
  unsubscribed: Uint8Array;
  /** Attribute columns by name. */
  attributes: Map<string, Scalar[]>;
  /** Prior memberships per person, as program ids (shared arrays: most people have none). */
  programs: (readonly string[])[];
  /** Cohort index per person, for behaviour rates. */
  cohortOf: Uint16Array;
}

export function personId(cohort: string, n: number): string {
  return `${cohort}-${n + 1}`;
}

type Weighted = { value: Scalar; weight: number }[];
type Range = { min: number; max: number; integer?: boolean | undefined };

/**
 * A distribution made ready to draw from a uniform number, once per cohort: a million people
 * would otherwise rebuild the options and their total at every draw. The arithmetic is that of
 * drawing directly, in the same order, so the values are the same to the last bit.
 */
function drawerOf(dist: Distribution): (u: number) => Scalar {
  // Loose objects carry an index signature, so `in` alone does not narrow the union.
  if ('oneOf' in dist) {
    const options = dist.oneOf as Weighted;
    return pickerOf(
      options.map((o) => o.weight),
      options.map((o) => o.value),
    );
  }
  if ('uniform' in dist) {
    const { min, max, integer } = dist.uniform as Range;
    if (integer) {
      const span = Math.floor(max) - Math.ceil(min) + 1;
      return (u) => Math.min(max, Math.floor(min + u * span));
    }
    return (u) => min + u * (max - min);
  }
  const value = (dist as { value: Scalar }).value;
  return () => value;
}

/** Picks `items[i]` with probability weight i / total for a uniform `u`. */
function pickerOf<T>(weights: readonly number[], items: readonly T[]): (u: number) => T {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const last = items[items.length - 1]!;
  return (u) => {
    let target = u * total;
    for (let i = 0; i < weights.length; i++) {
      if (target < weights[i]!) return items[i]!;
      target -= weights[i]!;
    }
    return last;
  };
}

/** Generated people `start` (included) to `end` (excluded), counted in the generated block. */
export interface GeneratedRange {
  start: number;
  end: number;
}

/**
 * The generator's audience; with `only`, just those people are drawn (the arrays keep the whole
 * audience's length and indices, the others left at their defaults): each person's draws depend
 * on the seed, the cohort and the person's number alone, so a simulation thread draws its share
 * exactly as the whole audience would (compile/share.ts).
 */
export function generateAudience(
  generator: Generator,
  programZone: string,
  streamIndex: (id: string | undefined) => number,
  only?: GeneratedRange,
): GeneratedAudience {
  const seed = seedKey(generator.seed ?? 0);
  const count = generator.cohorts.reduce((sum, c) => sum + c.size, 0);
  const audience: GeneratedAudience = {
    count,
    cohorts: [],
    joinAt: new Float64Array(count),
    joinStream: new Int16Array(count),
    zone: new Array<string | null>(count).fill(null),
    unsubscribed: new Uint8Array(count),
    attributes: new Map(),
    programs: new Array<readonly string[]>(count).fill([]),
    cohortOf: new Uint16Array(count),
  };
  let start = 0;
  generator.cohorts.forEach((cohort, ci) => {
    audience.cohorts.push({ id: cohort.id, start, size: cohort.size });
    const from = Math.max(0, (only?.start ?? 0) - start);
    const to = Math.min(cohort.size, (only?.end ?? count) - start);
    fillCohort(audience, cohort, ci, start, { from, to }, seed, programZone, streamIndex);
    start += cohort.size;
  });
  return audience;
}

function fillCohort(
  out: GeneratedAudience,
  cohort: Cohort,
  ci: number,
  start: number,
  people: { from: number; to: number },
  seed: number,
  programZone: string,
  streamIndex: (id: string | undefined) => number,
) {
  const key = hashString(cohort.id);
  const { join } = cohort;
  const firstDay = dayOf(join.from);
  const minutes = minutesOf(join.time ?? '00:00');
  const perGroup = join.perDay ?? join.perWeek ?? cohort.size;
  const groupDays = join.perWeek !== undefined ? 7 : 1;
  const stream = streamIndex(join.stream);
  const zoneWeights = (cohort.timeZones ?? []).map((z) => z.weight);
  const pickZone = pickerOf(
    zoneWeights,
    (cohort.timeZones ?? []).map((z) => z.zone),
  );
  const attributes = Object.entries(cohort.attributes ?? {}).map(([name, dist], a) => {
    let column = out.attributes.get(name);
    if (column === undefined)
      out.attributes.set(name, (column = new Array<Scalar>(out.count).fill(null)));
    return { column, draw: drawerOf(dist), salt: DRAW.attribute + 16 * (a + hashString(name)) };
  });
  const programs = cohort.programs ?? [];
  let lastGroup = -1;
  let joinAt = 0;
  for (let n = people.from; n < people.to; n++) {
    const p = start + n;
    out.cohortOf[p] = ci;
    const group = Math.floor(n / perGroup);
    if (group !== lastGroup) {
      lastGroup = group;
      joinAt = zonedInstant(programZone, firstDay + group * groupDays, minutes);
    }
    out.joinAt[p] = joinAt;
    out.joinStream[p] = stream;
    if (zoneWeights.length > 0) out.zone[p] = pickZone(uniform(seed, key, n, DRAW.zone));
    if (
      cohort.unsubscribed !== undefined &&
      uniform(seed, key, n, DRAW.unsubscribed) < cohort.unsubscribed
    )
      out.unsubscribed[p] = 1;
    for (let a = 0; a < attributes.length; a++) {
      const { column, draw, salt } = attributes[a]!;
      column[p] = draw(uniform(seed, key, n, salt));
    }
    if (programs.length > 0) {
      const member = programs
        .filter((pr, i) => uniform(seed, key, n, DRAW.program + 16 * (i + 1)) < pr.share)
        .map((pr) => pr.program);
      if (member.length > 0) out.programs[p] = member;
    }
  }
}
