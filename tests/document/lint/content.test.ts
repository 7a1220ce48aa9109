import { describe, expect, it } from 'vitest';
import { emails } from '../../fixtures/builders';
import { found, lint, nurture } from './helpers';

describe('stream content', () => {
  it('R20, R38: an empty stream exhausts its members at its first cast', () => {
    const empty = nurture((_, s) => (s.S2!.content = []));
    expect(found(empty, 'emptyStream')).toEqual(['emptyStream@stream:S2']);
    const parking = nurture((_, s) => {
      s.S2!.content = [];
      s.S2!.cadence = { type: 'none' };
    });
    expect(found(parking, 'emptyStream')).toEqual([]);
    expect(found(parking, 'emptyStreamNoCadence')).toEqual(['emptyStreamNoCadence@stream:S2']);
    expect(
      found(
        nurture(() => {}),
        'emptyStream',
      ),
    ).toEqual([]);
  });

  it('R9: an item whose window ended before today is reported', () => {
    const over = nurture((_, s) => (s.S1!.content![1]!.activeThrough = '2025-02-28'));
    expect(lint(over).find((p) => p.code === 'windowOver')).toEqual({
      code: 'windowOver',
      severity: 'warning',
      target: { kind: 'item', stream: 'S1', id: 'E2' },
      params: { item: 'E2', stream: 'Early', date: '2025-02-28' },
    });
    // Inclusive: the last day of the window is today.
    const lastDay = nurture((_, s) => (s.S1!.content![1]!.activeThrough = '2025-03-01'));
    expect(found(lastDay, 'windowOver')).toEqual([]);
  });

  it('R9: a window starting after it ends is never eligible', () => {
    const backwards = nurture((_, s) => {
      Object.assign(s.S1!.content![0]!, { activeFrom: '2025-03-20', activeThrough: '2025-03-10' });
    });
    expect(found(backwards, 'windowEmpty')).toEqual(['windowEmpty@item:S1:E1']);
    const oneDay = nurture((_, s) => {
      Object.assign(s.S1!.content![0]!, { activeFrom: '2025-03-10', activeThrough: '2025-03-10' });
    });
    expect(found(oneDay, 'windowEmpty')).toEqual([]);
  });

  it('R8: a stream whose items are all inactive casts nothing', () => {
    const off = nurture((_, s) => s.S1!.content!.forEach((c) => (c.active = false)));
    expect(found(off, 'allInactive')).toEqual(['allInactive@stream:S1']);
    // `active` defaults to true in files.
    const oneOn = nurture((_, s) => (s.S1!.content![0]!.active = false));
    expect(found(oneOn, 'allInactive')).toEqual([]);
  });

  it('section 3: more than 150 items in a stream passes the soft cap', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `X${i}`);
    const big = nurture((_, s) => (s.S1!.content = emails(...ids(151))));
    expect(found(big, 'tooManyItems')).toEqual(['tooManyItems@stream:S1']);
    const atCap = nurture((_, s) => (s.S1!.content = emails(...ids(150))));
    expect(found(atCap, 'tooManyItems')).toEqual([]);
  });

  it('R24: a program item in a recipient-time-zone stream runs at the program zone time', () => {
    const rtz = (type: 'email' | 'program') =>
      nurture((_, s) => {
        const c = s.S1!.cadence!;
        if (c.type === 'weekly') c.recipientTimeZone = true;
        s.S1!.content!.push({ id: 'P1', type });
      });
    expect(found(rtz('program'), 'programItemRtz')).toEqual(['programItemRtz@item:S1:P1']);
    expect(found(rtz('email'), 'programItemRtz')).toEqual([]);
    const plain = nurture((_, s) => s.S1!.content!.push({ id: 'P1', type: 'program' }));
    expect(found(plain, 'programItemRtz')).toEqual([]);
  });
});
