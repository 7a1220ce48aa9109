import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulationService, SLICE } from '../../src/worker/simulationService';

const withCrowd = (size: number) => ({
  ...JSON.parse(readFileSync('../shared/scenarios/ex01-basic-run.json', 'utf8')),
  generator: { cohorts: [{ id: 'crowd', size, join: { from: '2025-03-01' } }] },
});

describe('simulation service (the worker, run in-thread)', () => {
  it('reports progress slice by slice and the same counts as a single run', async () => {
    const service = createSimulationService();
    const progress: number[] = [];
    const result = await service.summarize({ scenario: withCrowd(2 * SLICE) }, (p) =>
      progress.push(p.done),
    );
    expect(progress).toEqual([SLICE, 2 * SLICE, 2 * SLICE + 1]);
    expect(result).toMatchObject({ ok: true, people: 2 * SLICE + 1 });
    if (result.ok)
      expect(result.summary.records).toMatchObject({
        send: 3 * (2 * SLICE + 1),
        exhausted: 2 * SLICE + 1,
      });
  });

  it('stops at the next slice when cancelled', async () => {
    const service = createSimulationService();
    const result = await service.summarize({ scenario: withCrowd(3 * SLICE) }, (p) => {
      if (p.done === SLICE) service.cancel();
    });
    expect(result).toEqual({ ok: false, cancelled: true });
  });

  it('explains one person of a generated crowd, and names an unknown one', async () => {
    const service = createSimulationService();
    const found = await service.explain({ scenario: withCrowd(10) }, 'crowd-7');
    expect(
      found.ok && found.explanation.steps.filter((s) => s.kind === 'cast').length,
    ).toBeGreaterThan(0);
    expect(await service.explain({ scenario: withCrowd(10) }, 'crowd-11')).toEqual({
      ok: false,
      problems: [{ path: ['people'], message: 'no person has the id "crowd-11"' }],
    });
  });

  it('returns records in time order up to a limit and says when it cut them', async () => {
    const service = createSimulationService();
    const result = await service.records({ scenario: withCrowd(10), until: '2025-03-04' }, 5);
    expect(result.ok && result.truncated).toBe(true);
    expect(result.ok && result.records.map((r) => r.type)).toEqual([
      'move',
      'move',
      'move',
      'move',
      'move',
    ]);
  });
});
