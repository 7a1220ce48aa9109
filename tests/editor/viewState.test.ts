// The stored view (viewport, selection) is read defensively: whatever a damaged or older
// setting holds, the editor opens, with a fitted view or no selection in place of bad values.
import { describe, expect, it } from 'vitest';
import { readView, readViewport } from '../../src/editor/viewState';
import { nurtureA } from '../fixtures/builders';

const doc = { ...nurtureA(), program: { ...nurtureA().program, batchMoves: [] } };

describe('stored view', () => {
  it('keeps a sound viewport and selection', () => {
    const stored = {
      viewport: { x: -120.5, y: 40, zoom: 0.75 },
      selection: [
        { kind: 'stream', id: 'S2' },
        { kind: 'item', stream: 'S1', id: 'E3' },
        { kind: 'rule', stream: 'S2', id: 't-demo' },
        { kind: 'program' },
      ],
    };
    expect(readView(stored, doc)).toEqual(stored);
  });

  it.each([
    ['zoom 0', { x: 0, y: 0, zoom: 0 }],
    ['a negative zoom', { x: 0, y: 0, zoom: -1 }],
    ['zoom NaN', { x: 0, y: 0, zoom: NaN }],
    ['an infinite x', { x: Infinity, y: 0, zoom: 1 }],
    ['y as text', { x: 0, y: '10', zoom: 1 }],
    ['no zoom', { x: 0, y: 0 }],
    ['a number', 3],
    ['null', null],
  ])('a viewport with %s is ignored (the canvas fits the program instead)', (_, viewport) => {
    expect(readViewport(viewport)).toBeNull();
    expect(readView({ viewport, selection: [{ kind: 'stream', id: 'S1' }] }, doc)).toEqual({
      viewport: null,
      selection: [{ kind: 'stream', id: 'S1' }],
    });
  });

  it('drops malformed selection entries and keeps the sound ones, with only their own fields', () => {
    const selection = [
      null,
      'S1',
      { kind: 'stream' },
      { kind: 'stream', id: 7 },
      { kind: 'stream', id: '' },
      { kind: 'item', id: 'E1' },
      { kind: 'rule', stream: ['S2'], id: 't-demo' },
      { kind: 'lane', id: 'S1' },
      { kind: 'item', stream: 'S1', id: 'E1', extra: { huge: 'x'.repeat(100) } },
    ];
    expect(readView({ selection }, doc).selection).toEqual([
      { kind: 'item', stream: 'S1', id: 'E1' },
    ]);
  });

  it('drops what the program no longer has', () => {
    const selection = [
      { kind: 'stream', id: 'S9' },
      { kind: 'item', stream: 'S1', id: 'E5' },
      { kind: 'item', stream: 'S9', id: 'E1' },
      { kind: 'rule', stream: 'S1', id: 't-demo' },
      { kind: 'batch', id: 'b1' },
      { kind: 'stream', id: 'S1' },
    ];
    expect(readView({ selection }, doc).selection).toEqual([{ kind: 'stream', id: 'S1' }]);
  });

  it.each([undefined, null, 'view', 42, [], { selection: 'all' }])(
    'a setting that is not a view (%j) gives no viewport and no selection',
    (stored) => {
      expect(readView(stored, doc)).toEqual({ viewport: null, selection: [] });
    },
  );
});
