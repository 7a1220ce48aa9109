// The export's merge: shares of consecutive people, each cut into sorted runs, merged back into the
// command line's output (writeOutput, which the command line prints) byte for byte, however many
// shares and however short the runs; and a share with too many records is refused, not collected.
import { describe, expect, it } from 'vitest';
import { compileScenario, writeOutput, type SimulationPlan } from '../../src/engine';
import { parseScenario } from '../../src/model';
import { shares } from '../../src/simulation/pool';
import { shareRuns, writeMerged } from '../../src/worker/recordsExport';
import { previewProgram } from '../fixtures/previewProgram';

function planOf(doc: object): SimulationPlan {
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error('fixture does not parse');
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) throw new Error('fixture does not compile');
  return compiled.plan;
}

function commandLine(plan: SimulationPlan, format: 'csv' | 'jsonl') {
  let text = '';
  writeOutput(plan, format, (chunk) => (text += chunk));
  return text;
}

async function merged(plan: SimulationPlan, format: 'csv' | 'jsonl', n: number, run: number) {
  const runs = shares(plan.people.count, n).flatMap((slice) => {
    const share = shareRuns(plan, slice, Infinity, run);
    if (share === null) throw new Error('refused');
    return share.runs;
  });
  const chunks: Uint8Array[] = [];
  await writeMerged(plan, format, runs, (chunk) => chunks.push(chunk));
  return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

describe('the records export, merged from shares', () => {
  const plan = planOf(previewProgram(700));

  it.each([
    [1, 1 << 20],
    [3, 1 << 20],
    [3, 97],
    [5, 1],
  ])('%i shares in runs of %i records give the command line’s output', async (n, run) => {
    for (const format of ['csv', 'jsonl'] as const)
      expect(await merged(plan, format, n, run)).toBe(commandLine(plan, format));
  });

  it('writes the command line’s output for a program that writes no records', async () => {
    const doc = previewProgram(0);
    const empty = planOf({ ...doc, people: [], events: [], generator: undefined });
    expect(await merged(empty, 'csv', 2, 10)).toBe(commandLine(empty, 'csv'));
    expect(await merged(empty, 'jsonl', 2, 10)).toBe('');
  });

  it('refuses a share with more records than the limit', () => {
    const slice = { start: 0, end: plan.people.count };
    expect(shareRuns(plan, slice, 50, 16)).toBeNull();
    expect(shareRuns(plan, slice, Infinity, 16)!.records).toBeGreaterThan(50);
  });
});
