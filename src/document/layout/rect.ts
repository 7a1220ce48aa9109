/** Axis-aligned rectangles in flow (canvas) coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const grow = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  width: r.width + 2 * by,
  height: r.height + 2 * by,
});

export const clamp = (value: number, min: number, max: number): number =>
  max < min ? min : Math.min(max, Math.max(min, value));
