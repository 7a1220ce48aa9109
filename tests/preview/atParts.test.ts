// An event's `at` split into what the form shows (date, time, offset) and put back together, so
// editing the date never loses a file's seconds or offset.
import { describe, expect, it } from 'vitest';
import { atOf, atParts } from '../../src/preview/script/atParts';

describe('an event time in parts', () => {
  it.each([
    '2025-03-07T12:00',
    '2025-03-07T12:00:30',
    '2025-03-07T12:00Z',
    '2025-03-07T08:15:05+01:00',
  ])('%s comes back whole', (at) => expect(atOf(atParts(at))).toBe(at));

  it('a new date keeps the time, seconds and offset', () => {
    expect(atOf({ ...atParts('2025-03-07T08:15:05+01:00'), date: '2025-04-01' })).toBe(
      '2025-04-01T08:15:05+01:00',
    );
  });

  it('an unreadable time gives empty parts, which the form names', () => {
    expect(atParts('soon')).toEqual({ date: '', time: '', seconds: '', offset: '' });
  });
});
