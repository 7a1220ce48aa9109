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

describe('decisions the spec leaves open', () => {
  it('semantics 20: a join counts as the originating event’s own move, so at most four rule moves follow it', () => {
    const base = nurtureA();
    const chained = (id: string, next: string) => ({
      id,
      content: emails(`X${id}`),
      transitions: [
        {
          id: `to-${id}`,
          triggers: [
            {
              type: next === '' ? 'addedToProgram' : 'streamChanged',
              ...(next ? { to: next } : {}),
            },
          ],
        },
      ],
    });
    const scenario = {
      ...base,
      program: {
        ...base.program,
        // A0 pulls on join; each later stream pulls from the one before it: A0 -> A1 -> ... -> A5.
        streams: [
          { id: 'start', content: emails('Z') },
          chained('A0', ''),
          chained('A1', 'A0'),
          chained('A2', 'A1'),
          chained('A3', 'A2'),
          chained('A4', 'A3'),
        ],
      },
      people: [{ id: 'kai' }],
      events: [{ at: '2025-03-03T10:00', type: 'add', person: 'kai', stream: 'start' }],
    } as Scenario;
    expect(lines(run(scenario))).toEqual([
      'move 2025-03-03T15:00:00Z kai ->start event',
      'move 2025-03-03T15:00:00Z kai start>A0 rule:to-A0',
      'move 2025-03-03T15:00:00Z kai A0>A1 rule:to-A1',
      'move 2025-03-03T15:00:00Z kai A1>A2 rule:to-A2',
      'move 2025-03-03T15:00:00Z kai A2>A3 rule:to-A3',
    ]);
  });
});
