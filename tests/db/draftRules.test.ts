// A rule drawn but not yet given a trigger is saved as it is (autosave and version history), so the
// work is never lost; anything else wrong in the same rule is still refused.
import { afterEach, describe, expect, it } from 'vitest';
import { ProgramRepo } from '../../src/db/programRepo';
import { InvalidScenarioError } from '../../src/db/types';
import { addRule } from '../../src/document/actions/rules';
import type { Scenario } from '../../src/model';
import { closeAll, freshDb, manualClock, scenario } from './helpers';

afterEach(closeAll);

function withDraft(): Scenario {
  const result = addRule.perform(scenario(), { to: 'S2', from: 'S1' });
  if (!result.ok) throw new Error(result.refusal);
  return result.doc;
}

describe('draft rules in storage', () => {
  it('a draft rule is saved and read back unchanged, in the program and in a version', async () => {
    const clock = manualClock();
    const repo = new ProgramRepo(freshDb(), undefined, clock.now);
    const created = await repo.createProgram(scenario());
    const draft = withDraft();
    const saved = await repo.saveProgram(created.id, draft, 1);
    expect(saved.ok).toBe(true);
    const read = await repo.getProgram(created.id);
    expect(read?.document.program.streams[1]!.transitions).toEqual([
      { id: 't-demo', triggers: [{ type: 'fillsOutForm', form: 'F-demo' }] },
      { id: 't1', triggers: [], filters: [{ type: 'inStream', stream: 'S1' }] },
    ]);
    const version = await repo.addRevision(created.id, draft);
    expect(version.document).toEqual(draft);
  });

  it('a draft rule with a broken filter is refused, naming only the filter', async () => {
    const repo = new ProgramRepo(freshDb(), undefined, manualClock().now);
    const draft = withDraft();
    draft.program.streams[1]!.transitions![1]!.filters = [{ type: 'inStream' } as never];
    const error = await repo.createProgram(draft).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidScenarioError);
    expect((error as InvalidScenarioError).problems.map((p) => p.path.join('.'))).toEqual([
      'program.streams.1.transitions.1.filters.0.stream',
    ]);
  });
});
