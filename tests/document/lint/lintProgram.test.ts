import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../../src/document/lint';
import { nurtureA } from '../../fixtures/builders';
import { lint, nurture } from './helpers';

describe('lintProgram', () => {
  it('finds nothing in the rule book base program Nurture-A', () => {
    expect(lint(nurtureA())).toEqual([]);
  });

  it('lists errors before warnings and does not mutate the document', () => {
    const doc = nurture((d, s) => {
      s.S1!.content = [];
      d.program.batchMoves = [{ id: 'b1', from: 'S1', to: 'S9' }];
    });
    const before = structuredClone(doc);
    const severities = lint(doc).map((p) => p.severity);
    expect(severities).toEqual(['error', 'warning']);
    expect(doc).toEqual(before);
  });

  it('copes with drafts whose cadence is not valid yet', () => {
    const draft = nurture((_, s) => {
      s.S1!.cadence = { type: 'weekly', firstCast: '', time: '9', every: 1, weekdays: [] };
    });
    expect(() => lint(draft)).not.toThrow();
  });

  it('has unique codes', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
  });
});
