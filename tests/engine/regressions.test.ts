import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/engine';
import { formatProblem, type Scenario, type Stream } from '../../src/model';
import { emails, lines, nurtureA, run, weekly, withPeople } from '../fixtures/builders';

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

describe('what the contract allows, accepted as written', () => {
  const ann = (): Scenario =>
    withPeople(
      nurtureA(),
      ['ann'],
      [{ at: '2025-03-03T10:00', type: 'add', person: 'ann', stream: 'S1' }],
    );

  it('simulation: an explicit from after until is named; command-line overrides can mend it; a default from after until writes nothing', () => {
    const backwards = { ...ann(), simulation: { from: '2025-05-01', until: '2025-04-01' } };
    const compiled = compileScenario(backwards);
    expect(!compiled.ok && compiled.problems.map(formatProblem)).toEqual([
      'simulation.until: expected a date on or after from (2025-05-01), got 2025-04-01',
    ]);
    expect(lines(run(backwards, { from: '2025-03-01', until: '2025-03-04' }))).toEqual([
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
    ]);
    expect(run({ ...ann(), simulation: { until: '2025-02-01' } })).toEqual([]);
  });

  it('R41: a batch move without a time runs daily at 07:00 in the program zone', () => {
    const base = ann();
    const scenario = {
      ...base,
      program: { ...base.program, batchMoves: [{ id: 'b', from: 'S1', to: 'S2' }] },
    } as Scenario;
    expect(lines(run(scenario, { until: '2025-03-04' }))).toEqual([
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'move 2025-03-04T12:00:00Z ann S1>S2 batch:b',
    ]);
  });

  it('semantics 25: rule ids may repeat across streams, an email may carry qualify (ignored), a time zone may be null', () => {
    const base = ann();
    const [s1, s2] = base.program.streams as [Stream, Stream];
    const scenario = {
      ...base,
      program: {
        ...base.program,
        streams: [
          {
            ...s1,
            content: [
              {
                id: 'E1',
                type: 'email',
                qualify: [{ type: 'attribute', attribute: 'x', op: 'eq', value: 1 }],
              },
            ],
            transitions: [{ id: 'same', triggers: [{ type: 'fillsOutForm', form: 'back' }] }],
          },
          {
            ...s2,
            transitions: [{ id: 'same', triggers: [{ type: 'fillsOutForm', form: 'F-demo' }] }],
          },
        ],
      },
      people: [{ id: 'ann', timeZone: null }],
      events: [
        ...(base.events ?? []),
        { at: '2025-03-05T10:00', type: 'fillsOutForm', person: 'ann', form: 'F-demo' },
      ],
    } as Scenario;
    expect(lines(run(scenario, { until: '2025-03-06' }))).toEqual([
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'exhausted 2025-03-04T14:00:00Z ann S1',
      'move 2025-03-05T15:00:00Z ann S1>S2 rule:same',
      'send 2025-03-06T14:00:00Z ann S2 E2',
    ]);
  });
});
