import { describe, expect, it } from 'vitest';
import { lines, nurtureA, run, withPeople } from '../fixtures/builders';

describe('rule book example 1 (R25-R27, R38)', () => {
  it('Ann gets E1, E2, E3 on three Tuesdays, then is exhausted and gets nothing on 3/25', () => {
    const scenario = withPeople(
      nurtureA(),
      ['ann'],
      [{ at: '2025-03-03T10:00', type: 'add', person: 'ann', stream: 'S1' }],
    );
    expect(lines(run(scenario))).toEqual([
      'move 2025-03-03T15:00:00Z ann ->S1 event',
      'send 2025-03-04T14:00:00Z ann S1 E1',
      'send 2025-03-11T13:00:00Z ann S1 E2',
      'send 2025-03-18T13:00:00Z ann S1 E3',
      'exhausted 2025-03-18T13:00:00Z ann S1',
    ]);
  });
});
