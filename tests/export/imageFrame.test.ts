/**
 * The canvas image's frame (src/export/imageFrame.ts): the whole program fits inside the margin,
 * at natural size while it fits, scaled down (never up) when a side would pass the limit.
 */
import { describe, expect, it } from 'vitest';
import { dataUrlBlob } from '../../src/export/canvasImage';
import { IMAGE_PADDING, imageFrame, MAX_SIDE } from '../../src/export/imageFrame';

/** Where the bounds land in the image, in image pixels. */
function placed(bounds: { x: number; y: number; width: number; height: number }) {
  const { viewport, width, height } = imageFrame(bounds);
  const left = bounds.x * viewport.zoom + viewport.x;
  const top = bounds.y * viewport.zoom + viewport.y;
  return {
    left,
    top,
    right: left + bounds.width * viewport.zoom,
    bottom: top + bounds.height * viewport.zoom,
    width,
    height,
    zoom: viewport.zoom,
  };
}

describe('imageFrame', () => {
  it('draws a program at natural size with the margin all round', () => {
    const p = placed({ x: -120, y: 40, width: 1500, height: 700 });
    expect(p.zoom).toBeCloseTo(1);
    expect([p.width, p.height]).toEqual([1500 + 2 * IMAGE_PADDING, 700 + 2 * IMAGE_PADDING]);
    expect(p.left).toBeCloseTo(IMAGE_PADDING);
    expect(p.top).toBeCloseTo(IMAGE_PADDING);
    expect(p.right).toBeCloseTo(p.width - IMAGE_PADDING);
    expect(p.bottom).toBeCloseTo(p.height - IMAGE_PADDING);
  });

  it('scales a program wider than the limit down to it, keeping its proportions', () => {
    const p = placed({ x: 0, y: 0, width: 9000, height: 1000 });
    expect(p.width).toBe(MAX_SIDE);
    expect(p.zoom).toBeLessThan(1);
    expect(p.left).toBeGreaterThanOrEqual(IMAGE_PADDING - 0.5);
    expect(p.right).toBeLessThanOrEqual(p.width - IMAGE_PADDING + 0.5);
    expect(p.bottom).toBeLessThanOrEqual(p.height - IMAGE_PADDING + 0.5);
    expect((p.right - p.left) / (p.bottom - p.top)).toBeCloseTo(9);
  });

  it('does not blow a tiny program up', () => {
    const p = placed({ x: 10, y: 10, width: 200, height: 100 });
    expect(p.zoom).toBeCloseTo(1);
    expect([p.width, p.height]).toEqual([264, 164]);
  });
});

describe('dataUrlBlob', () => {
  it('reads base64 and percent-encoded data URLs', async () => {
    const png = dataUrlBlob('data:image/png;base64,iVBORw0KGgo=');
    expect(png.type).toBe('image/png');
    expect([...new Uint8Array(await png.arrayBuffer())]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ]);
    const svg = dataUrlBlob('data:image/svg+xml;charset=utf-8,%3Csvg%20a%3D%22%25%22%3E');
    expect(svg.type).toBe('image/svg+xml');
    expect(await svg.text()).toBe('<svg a="%">');
  });
});
