// The Script table's order: by instant, same-instant events in file order (the order the
// simulator applies them in, semantics 3); and its person and type filters.
import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../../src/model';
import { eventOrder, filterOrder } from '../../src/preview/script/eventOrder';

const events: ScenarioEvent[] = [
  { at: '2025-03-05T09:00', type: 'pause', person: 'ann' }, // 0
  { at: '2025-03-01T08:00', type: 'add', person: 'ann' }, // 1
  { at: '2025-03-05T08:00Z', type: 'resume', person: 'ben' }, // 2: 09:00 in Berlin, as 0
  { at: '2025-03-05T09:00', type: 'activate', content: 'E1' }, // 3
  { at: '2025-03-02T00:00', type: 'add', person: 'ben' }, // 4
];

describe('eventOrder', () => {
  it('sorts by instant and keeps file order among events at the same instant', () => {
    expect(Array.from(eventOrder(events, 'Europe/Berlin'))).toEqual([1, 4, 0, 2, 3]);
  });

  it('reads local times in the program zone: in Tokyo, 08:00Z is 17:00 and comes last', () => {
    expect(Array.from(eventOrder(events, 'Asia/Tokyo'))).toEqual([1, 4, 0, 3, 2]);
  });

  it('leaves a file already in time order as it is', () => {
    const sorted = [1, 4, 0, 2, 3].map((i) => events[i]!);
    expect(Array.from(eventOrder(sorted, 'Europe/Berlin'))).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('filterOrder', () => {
  const order = eventOrder(events, 'Europe/Berlin');
  const filtered = (person: string, type: ScenarioEvent['type'] | null) =>
    Array.from(filterOrder(order, events, { person, type }));

  it('keeps one person’s events (program edits name nobody) and one type', () => {
    expect(filtered('ann', null)).toEqual([1, 0]);
    expect(filtered(' ben ', null)).toEqual([4, 2]);
    expect(filtered('', 'add')).toEqual([1, 4]);
    expect(filtered('ben', 'add')).toEqual([4]);
    expect(filtered('', 'activate')).toEqual([3]);
    expect(filtered('', null)).toEqual([1, 4, 0, 2, 3]);
    expect(filtered('an', null)).toEqual([]);
  });
});
