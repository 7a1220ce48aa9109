/**
 * PNG and SVG of the canvas, React Flow's documented way ("download image" example): html-to-image
 * (1.11.11 exactly: later versions lose the edges) draws `.react-flow__viewport`, nodes and edges,
 * with its transform replaced so the whole program fits the frame. Controls, minimap and the
 * background's dots live outside the viewport and are left out; the background is the canvas colour.
 */
import type { Rect } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { imageFrame, PIXEL_RATIO, type ImageFrame } from './imageFrame';
import { withLightColours } from './lightColours';

export type ImageKind = 'png' | 'svg';

/**
 * Parts of the viewport that are not the program: editing aids, and playback's people of the
 * moment (tokens on lanes and cards, people travelling along an edge), which a picture of the
 * program for a handout or a build does not show.
 */
const AIDS = [
  'react-flow__minimap',
  'react-flow__controls',
  'react-flow__panel',
  'drop-marker',
  'lane__tokens',
  'tokens',
  'edge-travel',
];

function backgroundOf(viewport: HTMLElement): string {
  const flow = viewport.closest<HTMLElement>('.react-flow');
  const colour = flow ? getComputedStyle(flow).backgroundColor : '';
  return colour && colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent' ? colour : '#ffffff';
}

/**
 * The image as a data URL, and its frame; null when the canvas is not shown or empty. `bounds`:
 * the program's nodes in flow coordinates (React Flow's getNodesBounds of all of them). `light`:
 * in the light palette whatever the theme (for paper); else as on screen.
 */
export async function canvasImage(
  kind: ImageKind,
  bounds: Rect,
  { light = false }: { light?: boolean } = {},
): Promise<{ dataUrl: string; frame: ImageFrame } | null> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (viewport === null || bounds.width <= 0 || bounds.height <= 0) return null;
  const flow = viewport.closest<HTMLElement>('.react-flow');
  if (light && flow) return withLightColours(flow, () => canvasImage(kind, bounds));
  const frame = imageFrame(bounds);
  const { x, y, zoom } = frame.viewport;
  const options = {
    backgroundColor: backgroundOf(viewport),
    width: frame.width,
    height: frame.height,
    pixelRatio: PIXEL_RATIO,
    skipFonts: true, // system fonts only: nothing to embed, and no stylesheet to fetch
    filter: (node: HTMLElement) => !AIDS.some((c) => node.classList?.contains(c)),
    style: {
      width: `${frame.width}px`,
      height: `${frame.height}px`,
      transform: `translate(${x}px, ${y}px) scale(${zoom})`,
    },
  };
  const dataUrl = kind === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
  return { dataUrl, frame };
}

/**
 * A data URL's bytes as a Blob, without fetch (the app's content policy allows no fetching of
 * data: URLs): base64 (PNG) or percent-encoded text (html-to-image's SVG).
 */
export function dataUrlBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const header = url.slice(5, comma); // after "data:"
  const type = header.split(';')[0] ?? '';
  const body = url.slice(comma + 1);
  if (header.endsWith(';base64'))
    return new Blob([Uint8Array.from(atob(body), (c) => c.charCodeAt(0))], { type });
  return new Blob([decodeURIComponent(body)], { type });
}
