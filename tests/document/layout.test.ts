import { describe, expect, it } from 'vitest';
import { contentBounds } from '../../src/document/layout/bounds';
import {
  CARD_GAP,
  ENTRY_HEIGHT,
  ENTRY_WIDTH,
  LANE_WIDTH,
  cardTop,
  laneHeight,
} from '../../src/document/layout/geometry';
import { placeDroppedLane } from '../../src/document/layout/laneDrop';
import { dropMarker } from '../../src/document/layout/placement';
import { overlaps } from '../../src/document/layout/rect';
import { addStream, readUi } from '../../src/document/ops';
import { nurtureA } from '../fixtures/builders';

// nurtureA has no stored layout: S1 stands at (0, 0), S2 at (320, 0), the entry at (0, -190).

describe('a stream dropped from the palette', () => {
  it('lands with its top-left corner on the drop point when there is room', () => {
    expect(placeDroppedLane(nurtureA(), { x: 700, y: 40 })).toEqual({ x: 700, y: 40 });
    expect(placeDroppedLane(nurtureA(), { x: -400.4, y: 12.6 })).toEqual({ x: -400, y: 13 });
  });

  it('dropped onto a lane, takes the nearest free column on either side, not always the right', () => {
    // Onto the left half of S1: left of S1 is nearer than right of S2.
    expect(placeDroppedLane(nurtureA(), { x: 30, y: 40 })).toEqual({ x: -320, y: 40 });
    // Onto S2: right of S2.
    expect(placeDroppedLane(nurtureA(), { x: 400, y: 40 })).toEqual({ x: 640, y: 40 });
  });

  it('stays inside the part of the canvas the user sees (clear of the controls and the mini map)', () => {
    const visible = { x: -100, y: -250, width: 1200, height: 500 };
    // Dropped near the right edge: pulled in so its whole width shows, not behind the inspector.
    expect(placeDroppedLane(nurtureA(), { x: 1050, y: 40 }, visible)).toEqual({
      x: 1100 - LANE_WIDTH,
      y: 40,
    });
    // Left of S1 there is no room in view, so the free column right of S2 is taken.
    const narrow = { x: -100, y: -250, width: 1100, height: 500 };
    expect(placeDroppedLane(nurtureA(), { x: 20, y: 40 }, narrow)).toEqual({ x: 640, y: 40 });
  });

  it('never covers the program entry: it goes just below it', () => {
    const entry = { x: 700, y: -190, width: ENTRY_WIDTH, height: ENTRY_HEIGHT };
    const doc = { ...nurtureA(), ui: { entry: { x: entry.x, y: entry.y } } };
    const at = placeDroppedLane(doc, { x: 720, y: -200 });
    expect(at.x).toBe(720);
    expect(at.y).toBeGreaterThan(entry.y + entry.height);
    expect(overlaps({ ...at, width: LANE_WIDTH, height: laneHeight(0) }, entry)).toBe(false);
    // Well clear of it, a drop is left alone.
    expect(placeDroppedLane(doc, { x: 720, y: -20 })).toEqual({ x: 720, y: -20 });
  });

  it('is where addStream puts it: a free place is kept as it is', () => {
    const at = placeDroppedLane(nurtureA(), { x: 30, y: 40 });
    const added = addStream(nurtureA(), 'New', at);
    if (!added.ok) throw new Error('refused');
    const ui = readUi((added.doc as { ui?: unknown }).ui, ['S1', 'S2', 'S3']);
    expect(ui.lanes.S3).toEqual(at);
  });
});

describe('the drop marker', () => {
  it('sits in the gap above the card at the landing place, in the lane it goes into', () => {
    const marker = dropMarker(nurtureA(), { stream: 'S2', index: 1 })!;
    expect(marker.lane).toEqual({ x: 320, y: 0, width: LANE_WIDTH, height: laneHeight(3) });
    expect(marker.line.x).toBeGreaterThan(320);
    expect(marker.line.y + marker.line.height / 2).toBe(cardTop(1) - CARD_GAP / 2);
  });

  it('skips over the empty slot of the card being dragged', () => {
    const dragged = { stream: 'S1', item: 'E1' };
    // E1 leaves slot 0; "index 1 among the others" is between E2 and E3, below E2's slot 1.
    const marker = dropMarker(nurtureA(), { stream: 'S1', index: 1 }, dragged)!;
    expect(marker.line.y + marker.line.height / 2).toBe(cardTop(2) - CARD_GAP / 2);
    // Into another lane nothing is skipped.
    const other = dropMarker(nurtureA(), { stream: 'S2', index: 1 }, dragged)!;
    expect(other.line.y + other.line.height / 2).toBe(cardTop(1) - CARD_GAP / 2);
  });

  it('is null for a lane that is not there', () => {
    expect(dropMarker(nurtureA(), { stream: 'S9', index: 0 })).toBeNull();
  });
});

describe('the content bounds', () => {
  it('hold the entry and every lane at its height', () => {
    expect(contentBounds(nurtureA())).toEqual({
      x: 0,
      y: -190,
      width: 320 + LANE_WIDTH,
      height: 190 + laneHeight(3),
    });
  });
});
