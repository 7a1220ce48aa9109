import { describe, expect, it } from 'vitest';
import { withAudienceOf } from '../../src/document/ops/withAudienceOf';
import type { Scenario } from '../../src/model';
import { variantProgram } from '../fixtures/variantProgram';

describe('withAudienceOf', () => {
  it('keeps the program and its program edits, and takes the other’s people, cohorts, person events and period', () => {
    const program = variantProgram(['E2', 'E1'], 'Variant');
    program.events = [
      { at: '2025-03-02T08:00', type: 'add', person: 'zed' },
      { at: '2025-03-10T08:00', type: 'deactivate', content: 'E1' },
    ] as Scenario['events'];
    program.people = [{ id: 'zed' }];
    const audience = variantProgram(['E1', 'E2', 'E3'], 'Original');
    audience.generator = {
      seed: 2,
      cohorts: [{ id: 'lead', size: 3, join: { stream: 's', from: '2025-03-01', perDay: 1 } }],
    } as Scenario['generator'];
    audience.simulation = { from: '2025-03-01', until: '2025-05-01', seed: 9 };
    const before = JSON.stringify(program);

    const merged = withAudienceOf(program, audience);
    expect(merged.program).toBe(program.program);
    expect(merged.people).toEqual([{ id: 'ann' }, { id: 'bob' }]);
    expect(merged.generator).toBe(audience.generator);
    expect(merged.simulation).toEqual({ from: '2025-03-01', until: '2025-05-01', seed: 9 });
    expect(merged.events).toEqual([
      ...audience.events!,
      { at: '2025-03-10T08:00', type: 'deactivate', content: 'E1' },
    ]);
    expect(JSON.stringify(program)).toBe(before); // the input is not changed
  });

  it('drops what the audience does not have', () => {
    const program = variantProgram(['E1']);
    program.generator = { seed: 1, cohorts: [] } as Scenario['generator'];
    const audience = variantProgram(['E1']);
    delete audience.people;
    delete audience.events;
    delete audience.simulation;
    const merged = withAudienceOf(program, audience);
    expect('people' in merged || 'generator' in merged || 'events' in merged).toBe(false);
    expect('simulation' in merged).toBe(false);
  });
});
