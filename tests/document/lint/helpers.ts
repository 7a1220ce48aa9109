// Shared by the lint tests: run the lint at a fixed "now" and edit nurtureA() in place.
import { lintProgram, type ProgramProblem } from '../../../src/document/lint';
import type { Scenario, Stream } from '../../../src/model';
import { nurtureA } from '../../fixtures/builders';

/** Before every cast of Nurture-A: Saturday 2025-03-01, midnight UTC. */
export const NOW = { today: '2025-03-01', nowMs: Date.parse('2025-03-01T00:00:00Z') };

export const lint = (doc: Scenario, now = NOW): ProgramProblem[] => lintProgram(doc, now);

/** The problems with `code`, as `code@target` strings that read well in a failure. */
export function found(doc: Scenario, code: string, now = NOW): string[] {
  return lint(doc, now)
    .filter((p) => p.code === code)
    .map((p) => `${p.code}@${Object.values(p.target).join(':')}`);
}

/** nurtureA() with `change` applied to a deep copy (streams by id: S1, S2). */
export function nurture(change: (doc: Scenario, s: Record<string, Stream>) => void): Scenario {
  const doc = structuredClone(nurtureA());
  change(doc, Object.fromEntries(doc.program.streams.map((s) => [s.id, s])));
  return doc;
}
