/**
 * The frame of a canvas image: the whole program (every node, not just what is on screen) at
 * natural size (zoom 1) with a margin, scaled down only when a side would pass MAX_SIDE. The
 * viewport comes from React Flow's getViewportForBounds, the documented way to fit bounds.
 * The PNG is drawn at PIXEL_RATIO device pixels per CSS pixel, sharp enough to print.
 */
import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';

/** Margin around the program, in image (CSS) pixels. */
export const IMAGE_PADDING = 32;
/** The longest side of an image in CSS pixels (the PNG has PIXEL_RATIO times as many). */
export const MAX_SIDE = 2400;
export const PIXEL_RATIO = 2;

export interface ImageFrame {
  /** CSS pixels: the SVG's size; the PNG's is PIXEL_RATIO times this. */
  width: number;
  height: number;
  viewport: Viewport;
}

export function imageFrame(bounds: Rect): ImageFrame {
  const inner = MAX_SIDE - 2 * IMAGE_PADDING;
  const zoom = Math.min(1, inner / Math.max(bounds.width, 1), inner / Math.max(bounds.height, 1));
  const width = Math.ceil(bounds.width * zoom + 2 * IMAGE_PADDING);
  const height = Math.ceil(bounds.height * zoom + 2 * IMAGE_PADDING);
  const viewport = getViewportForBounds(bounds, width, height, zoom / 2, 1, `${IMAGE_PADDING}px`);
  return { width, height, viewport };
}
