/**
 * How people get between streams: streams nothing leads to, rules that can never fire (R47),
 * batch moves that go nowhere (semantics 22), and overlapping rules (R49, overlaps.ts).
 */
import type { Scenario } from '../../model';
import { overlapProblems } from './overlaps';
import { namesOf, streamName, type ProgramProblem } from './types';

/**
 * A stream after the first (where `add` without a stream puts people, semantics 15) that no rule
 * pulls into and no batch move targets. People can still be put there by `add` and `move` events,
 * so this is a hint, not a defect.
 */
function unreachable(doc: Scenario): ProgramProblem[] {
  const batchTargets = new Set((doc.program.batchMoves ?? []).map((b) => b.to));
  return doc.program.streams
    .slice(1)
    .filter((s) => (s.transitions ?? []).length === 0 && !batchTargets.has(s.id))
    .map((s) => ({
      code: 'unreachableStream',
      severity: 'warning',
      target: { kind: 'stream', id: s.id },
      params: { stream: streamName(s) },
    }));
}

/** R47: a rule never fires for people already in its stream, so "from itself" never fires. */
function fromOwnStream(doc: Scenario): ProgramProblem[] {
  return doc.program.streams.flatMap((s) =>
    (s.transitions ?? [])
      .filter((r) => (r.filters ?? []).some((f) => f.type === 'inStream' && f.stream === s.id))
      .map((r) => ({
        code: 'ruleFromOwnStream',
        severity: 'warning',
        target: { kind: 'rule', stream: s.id, id: r.id },
        params: { rule: r.id, stream: streamName(s) },
      })),
  );
}

/** Semantics 22: a batch move skips people already in its `to` stream. */
function batchToSame(doc: Scenario): ProgramProblem[] {
  const name = namesOf(doc).stream;
  return (doc.program.batchMoves ?? [])
    .filter((b) => b.from !== undefined && b.from === b.to)
    .map((b) => ({
      code: 'batchToSameStream',
      severity: 'warning',
      target: { kind: 'batch', id: b.id },
      params: { batch: b.id, stream: name(b.to) },
    }));
}

export function transitionProblems(doc: Scenario): ProgramProblem[] {
  return [...unreachable(doc), ...fromOwnStream(doc), ...batchToSame(doc), ...overlapProblems(doc)];
}
