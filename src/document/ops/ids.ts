/** Fresh, readable ids for new streams, items, rules and batch moves: S3, E12, P2, t4, b1. */
import type { Scenario } from '../../model';

export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  for (const id of used) {
    const m = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export const streamIds = (doc: Scenario) => doc.program.streams.map((s) => s.id);
export const contentIds = (doc: Scenario) =>
  doc.program.streams.flatMap((s) => (s.content ?? []).map((c) => c.id));
export const ruleIds = (doc: Scenario) =>
  doc.program.streams.flatMap((s) => (s.transitions ?? []).map((r) => r.id));
export const batchIds = (doc: Scenario) => (doc.program.batchMoves ?? []).map((b) => b.id);
