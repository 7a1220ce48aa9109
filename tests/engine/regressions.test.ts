import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model';
import { lines, nurtureA, run, weekly, emails } from '../fixtures/builders';

describe('regressions', () => {
  it('R41: a batch move runs at its next daily time after the person enters its stream, never earlier', () => {
    const base = nurtureA();
    const scenario: Scenario = {
      ...base,
      program: {
        ...base.program,
        streams: [
          ...base.program.streams,
          { id: 'S3', cadence: weekly('2025-03-07', ['fri']), content: emails('E9') },
        ],
        batchMoves: [{ id: 'b', from: 'S1', to: 'S3', time: '07:00' }],
      },
      people: [{ id: 'zoe' }],
      events: [
        { at: '2025-03-01T12:00', type: 'add', person: 'zoe', stream: 'S2' },
        { at: '2025-03-10T12:00', type: 'move', person: 'zoe', stream: 'S1' },
      ],
      simulation: { from: '2025-03-01', until: '2025-03-14' },
    };
    expect(lines(run(scenario))).toEqual([
      'move 2025-03-01T17:00:00Z zoe ->S2 event',
      'send 2025-03-06T14:00:00Z zoe S2 E2',
      'move 2025-03-10T16:00:00Z zoe S2>S1 event',
      'move 2025-03-11T11:00:00Z zoe S1>S3 batch:b',
      'send 2025-03-14T13:00:00Z zoe S3 E9',
      'exhausted 2025-03-14T13:00:00Z zoe S3',
    ]);
  });
});
