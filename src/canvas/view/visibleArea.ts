/**
 * The canvas as the user sees it: the part not covered by the panels floating on its sides (the
 * zoom controls, the mini map), in flow coordinates; and the viewport a program opens at. Pure.
 */
import type { Viewport } from '@xyflow/react';
import { clamp, type Rect } from '../../document/layout/rect';

/** A box on the screen (a DOMRect's fields). */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The canvas box minus the strips its overlays stand in: an overlay in the left half takes the
 * strip up to its right edge, one in the right half the strip from its left edge. Screen pixels,
 * relative to the canvas's top-left corner.
 */
export function clearArea(canvas: ScreenBox, overlays: readonly ScreenBox[]): Rect {
  let left = canvas.left;
  let right = canvas.right;
  const middle = (canvas.left + canvas.right) / 2;
  for (const o of overlays) {
    if (o.right <= canvas.left || o.left >= canvas.right) continue;
    if ((o.left + o.right) / 2 < middle) left = Math.max(left, o.right);
    else right = Math.min(right, o.left);
  }
  return {
    x: left - canvas.left,
    y: 0,
    width: Math.max(0, right - left),
    height: canvas.bottom - canvas.top,
  };
}

/** A rectangle of the canvas (screen pixels from its top-left) in flow coordinates. */
export const toFlowRect = (area: Rect, view: Viewport): Rect => ({
  x: (area.x - view.x) / view.zoom,
  y: (area.y - view.y) / view.zoom,
  width: area.width / view.zoom,
  height: area.height / view.zoom,
});

/** Whether `box` (flow coordinates) lies wholly inside `area`. */
export const contains = (area: Rect, box: Rect): boolean =>
  box.x >= area.x &&
  box.y >= area.y &&
  box.x + box.width <= area.x + area.width &&
  box.y + box.height <= area.y + area.height;

/** The zoom a program opens at: lanes readable (never below this), never magnified. */
export const COMFORT_ZOOM = { min: 0.75, max: 1 };
const PADDING = 32;

/**
 * The viewport a program opens at when the user has not left it elsewhere: a readable zoom (the
 * whole program when it fits at one, never magnified), its top in view with the room for new
 * lanes below it, and centred across when it fits, else its left part (the entry, first lanes).
 */
export function comfortableViewport(content: Rect, area: Rect): Viewport {
  const room = { width: area.width - 2 * PADDING, height: area.height - 2 * PADDING };
  const fit = Math.min(room.width / content.width, room.height / content.height);
  const zoom = clamp(fit, COMFORT_ZOOM.min, COMFORT_ZOOM.max);
  const across =
    content.width * zoom <= room.width
      ? area.x + (area.width - content.width * zoom) / 2
      : area.x + PADDING;
  return { x: across - content.x * zoom, y: area.y + PADDING - content.y * zoom, zoom };
}
