/** What keeps a CSV column mapping from being checked: no id, a target twice, unnamed attributes. */
import { SINGLE_TARGETS, type ColumnTarget, type SingleTarget } from '../../worker/csvHeaders';

export type MappingProblem =
  | { code: 'noId' }
  | { code: 'twice'; target: SingleTarget }
  | { code: 'attributeEmpty'; column: number }
  | { code: 'attributeTwice'; name: string };

export function mappingProblems(mapping: readonly ColumnTarget[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const count = (target: SingleTarget) => mapping.filter((m) => m.to === target).length;
  if (count('id') === 0) problems.push({ code: 'noId' });
  for (const target of SINGLE_TARGETS)
    if (count(target) > 1) problems.push({ code: 'twice', target });
  const names = new Set<string>();
  const repeated = new Set<string>();
  mapping.forEach((m, column) => {
    if (m.to !== 'attribute') return;
    const name = m.name.trim();
    if (name === '') problems.push({ code: 'attributeEmpty', column });
    else if (names.has(name)) repeated.add(name);
    names.add(name);
  });
  for (const name of repeated) problems.push({ code: 'attributeTwice', name });
  return problems;
}
