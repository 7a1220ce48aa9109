import { describe, expect, it } from 'vitest';
import {
  clearArea,
  comfortableViewport,
  COMFORT_ZOOM,
  contains,
  toFlowRect,
} from '../../src/canvas/view/visibleArea';

const canvas = { left: 200, top: 100, right: 1000, bottom: 400 }; // 800 x 300 on the screen

describe('the part of the canvas the user sees', () => {
  it('leaves out the strips the controls (left) and the mini map (right) stand in', () => {
    const controls = { left: 215, top: 250, right: 247, bottom: 385 };
    const minimap = { left: 845, top: 295, right: 985, bottom: 385 };
    expect(clearArea(canvas, [controls, minimap])).toEqual({
      x: 47,
      y: 0,
      width: 845 - 247,
      height: 300,
    });
    expect(clearArea(canvas, [])).toEqual({ x: 0, y: 0, width: 800, height: 300 });
  });

  it('in flow coordinates, follows the pan and the zoom', () => {
    const area = { x: 47, y: 0, width: 600, height: 300 };
    expect(toFlowRect(area, { x: 100, y: -50, zoom: 0.5 })).toEqual({
      x: -106,
      y: 100,
      width: 1200,
      height: 600,
    });
    expect(contains(area, { x: 50, y: 10, width: 100, height: 100 })).toBe(true);
    expect(contains(area, { x: 40, y: 10, width: 100, height: 100 })).toBe(false);
  });
});

describe('the zoom a program opens at', () => {
  const area = { x: 47, y: 0, width: 753, height: 300 };

  it('a lone entry (a new program) is shown at 100 %, not magnified, centred across and at the top, with room for lanes below', () => {
    const view = comfortableViewport({ x: 0, y: -190, width: 340, height: 36 }, area);
    expect(view.zoom).toBe(COMFORT_ZOOM.max);
    expect(view.x + 170).toBeCloseTo(area.x + area.width / 2);
    expect(view.y - 190).toBe(32);
  });

  it('a tall program is not shrunk to a speck: a readable zoom, its top-left part in view', () => {
    const view = comfortableViewport({ x: 0, y: -190, width: 2000, height: 1400 }, area);
    expect(view.zoom).toBe(COMFORT_ZOOM.min);
    // The entry's top-left corner sits just inside the clear area's top-left corner.
    expect(view.x).toBeGreaterThan(area.x);
    expect(view.y + -190 * view.zoom).toBeGreaterThan(0);
    expect(view.y + -190 * view.zoom).toBeLessThan(50);
  });

  it('a program that fits at a readable zoom is fitted whole', () => {
    const view = comfortableViewport({ x: 0, y: 0, width: 600, height: 250 }, area);
    expect(view.zoom).toBeGreaterThanOrEqual(COMFORT_ZOOM.min);
    expect(view.zoom).toBeLessThan(COMFORT_ZOOM.max);
    expect(view.x).toBeGreaterThanOrEqual(area.x);
    expect(view.x + 600 * view.zoom).toBeLessThanOrEqual(area.x + area.width);
  });
});
