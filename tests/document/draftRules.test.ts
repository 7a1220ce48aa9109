// A rule drawn between lanes starts without a trigger: kept in the document, left out of what is
// simulated and of exported files (the format wants a trigger), and its "too small" schema issue
// is told apart from every real problem.
import { describe, expect, it } from 'vitest';
import { addRule } from '../../src/document/actions/rules';
import {
  draftRulesOf,
  exportable,
  isDraftRuleIssue,
  programWithoutDrafts,
} from '../../src/document/draftRules';
import { programContent } from '../../src/document/programContent';
import { parseScenario, ScenarioSchema, type Scenario } from '../../src/model';
import { nurtureA } from '../fixtures/builders';

function withDraft(): Scenario {
  const result = addRule.perform(nurtureA(), { to: 'S2', from: 'S1' });
  if (!result.ok) throw new Error(result.refusal);
  return result.doc;
}

describe('draft rules', () => {
  it('a rule drawn from S1 to S2 has no trigger and pulls from S1', () => {
    const doc = withDraft();
    expect(doc.program.streams[1]!.transitions).toEqual([
      { id: 't-demo', triggers: [{ type: 'fillsOutForm', form: 'F-demo' }] },
      { id: 't1', triggers: [], filters: [{ type: 'inStream', stream: 'S1' }] },
    ]);
    expect(draftRulesOf(doc)).toEqual([{ stream: 'S2', rule: 't1' }]);
  });

  it('export leaves drafts out and names them; the file is valid; a program without drafts is the same object', () => {
    const doc = withDraft();
    const { doc: file, omitted } = exportable(doc);
    expect(omitted).toEqual([{ stream: 'S2', rule: 't1' }]);
    expect(file.program.streams[1]!.transitions!.map((r) => r.id)).toEqual(['t-demo']);
    expect(parseScenario(JSON.parse(JSON.stringify(file))).ok).toBe(true);
    expect(parseScenario(JSON.parse(JSON.stringify(doc))).ok).toBe(false);
    expect(doc.program.streams[1]!.transitions).toHaveLength(2); // the open document keeps it
    const plain = nurtureA();
    expect(exportable(plain)).toEqual({ doc: plain, omitted: [] });
    expect(programWithoutDrafts(plain.program)).toBe(plain.program);
  });

  it('the simulation gets the program without drafts (a rule without a trigger never fires)', () => {
    const content = programContent(withDraft());
    expect(content.program.streams[1]!.transitions!.map((r) => r.id)).toEqual(['t-demo']);
    expect(parseScenario(JSON.parse(JSON.stringify(content))).ok).toBe(true);
  });

  it('only the empty trigger list of a rule counts as a draft issue', () => {
    const doc = withDraft();
    doc.program.streams[1]!.transitions![1]!.filters = [{ type: 'inStream' } as never];
    const result = ScenarioSchema.safeParse(doc);
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues;
    expect(issues.map((i) => [i.path.join('.'), isDraftRuleIssue(i, doc)])).toEqual([
      ['program.streams.1.transitions.1.triggers', true],
      ['program.streams.1.transitions.1.filters.0.stream', false],
    ]);
    // The same issue on a path that is not a rule's triggers is not a draft's.
    expect(
      isDraftRuleIssue({ code: 'too_small', path: ['program', 'streams', 1, 'content'] }, doc),
    ).toBe(false);
  });
});
