/**
 * Which people of a share match the people grid's filter: ever in a stream, where they ended up,
 * a cohort, an attribute condition (the rule book's operators, semantics 24), an id search.
 */
import type { Operator, Person, Scalar } from '../../model';
import type { SimulationPlan } from '../compile';
import { personIdOf } from '../compile/people';
import { compare } from '../sim/compare';
import type { PersonColumns } from './collector';

export interface PeopleFilter {
  /** Ever a member of this stream (index). */
  stream?: number;
  /** Where they stand at the end of the period. */
  end?: 'member' | 'exhausted' | 'out';
  /** A generated cohort (index), or -1 for the file's own people. */
  cohort?: number;
  attribute?: { name: string; op: Operator; value: Scalar | Scalar[] };
  /** Part of the id, any case. */
  search?: string;
}

export function queryPeople(
  plan: SimulationPlan,
  filePeople: readonly Person[],
  columns: PersonColumns,
  filter: PeopleFilter,
): Int32Array {
  const { people } = plan;
  const generated = people.generated;
  const size = columns.streams.length;
  const search = filter.search?.trim().toLowerCase() ?? '';
  const attribute = filter.attribute;
  const generatedColumn = attribute ? generated?.attributes.get(attribute.name) : undefined;
  const cohortRange =
    filter.cohort === undefined
      ? null
      : filter.cohort < 0
        ? { start: 0, end: people.explicitCount }
        : (() => {
            const c = generated?.cohorts[filter.cohort];
            return c
              ? {
                  start: people.explicitCount + c.start,
                  end: people.explicitCount + c.start + c.size,
                }
              : { start: 0, end: 0 };
          })();
  const out: number[] = [];
  for (let i = 0; i < size; i++) {
    const p = columns.start + i;
    if (cohortRange && (p < cohortRange.start || p >= cohortRange.end)) continue;
    if (filter.stream !== undefined && (columns.streams[i]! & (1 << filter.stream)) === 0) continue;
    if (filter.end !== undefined) {
      const member = columns.endStream[i]! >= 0;
      const exhausted = columns.endExhausted[i] === 1;
      if (filter.end === 'out' ? member : filter.end === 'exhausted' ? !exhausted : !member)
        continue;
    }
    if (attribute) {
      const value: Scalar =
        p < people.explicitCount
          ? (filePeople[p]?.attributes?.[attribute.name] ?? null)
          : (generatedColumn?.[p - people.explicitCount] ?? null);
      if (!compare(value, attribute.op, attribute.value)) continue;
    }
    if (search !== '' && !personIdOf(people, p).toLowerCase().includes(search)) continue;
    out.push(p);
  }
  return Int32Array.from(out);
}
