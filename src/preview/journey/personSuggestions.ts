/**
 * People to suggest in the person picker: the file's own people whose id starts with (then
 * contains) what was typed, and generated people named from their cohort ("gen-12"). Stops at
 * `limit`, so typing in a large audience stays quick.
 */
import type { PreviewFrame } from '../../engine';

function cohortIds(cohort: PreviewFrame['cohorts'][number], query: string, limit: number) {
  const prefix = `${cohort.id}-`;
  const ids: string[] = [];
  const add = (n: number) => {
    if (n >= 1 && n <= cohort.size && ids.length < limit) ids.push(`${prefix}${n}`);
  };
  if (query === '' || prefix.startsWith(query)) {
    for (let n = 1; n <= limit; n++) add(n);
    return ids;
  }
  if (!query.startsWith(prefix)) return ids;
  const digits = query.slice(prefix.length);
  if (!/^[1-9][0-9]*$/.test(digits)) return ids;
  const n = Number(digits);
  add(n);
  for (let d = 0; d <= 9; d++) add(n * 10 + d);
  return ids;
}

export function personSuggestions(frame: PreviewFrame, typed: string, limit: number): string[] {
  const query = typed.trim().toLowerCase();
  const found: string[] = [];
  const seen = new Set<string>();
  const push = (id: string) => {
    if (found.length < limit && !seen.has(id)) {
      seen.add(id);
      found.push(id);
    }
  };
  for (const id of frame.explicitIds) {
    if (found.length >= limit) break;
    if (id.toLowerCase().startsWith(query)) push(id);
  }
  for (const cohort of frame.cohorts) for (const id of cohortIds(cohort, query, limit)) push(id);
  if (query !== '')
    for (const id of frame.explicitIds) {
      if (found.length >= limit) break;
      if (id.toLowerCase().includes(query)) push(id);
    }
  return found;
}
