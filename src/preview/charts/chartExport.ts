/**
 * Downloads of a chart. Recharts draws SVG, so the SVG file is the chart's own <svg>, with the
 * computed styles of every element inlined (the page's stylesheet and CSS variables do not travel
 * with a file), framed by the chart's title, its legend (an HTML list on the page) and the card's
 * background. The PNG is that SVG drawn onto a canvas at twice its size.
 */

export interface ExportLegendItem {
  label: string;
  color: string;
  /** How the legend draws the swatch: a filled square, a line, or an outlined square. */
  shape: 'square' | 'line' | 'outline';
}

export interface ExportFrame {
  title: string;
  legend: readonly ExportLegendItem[];
  /** The card's background and text colours (computed), so dark mode exports stay legible. */
  background: string;
  color: string;
  font: string;
}

export interface ExportedSvg {
  text: string;
  width: number;
  height: number;
}

/** Style properties that decide how SVG draws; everything else is left to the defaults. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];

/** Hover marks that are not part of the chart. */
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADER = 30;
const LEGEND_ROW = 20;
const PAD = 12;

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** Non-inherited properties at their initial value need not be written. */
const INITIAL: Record<string, string> = { opacity: '1', display: 'inline' };

function inlineStyles(source: SVGSVGElement, copy: SVGSVGElement) {
  const from = [source, ...source.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  const computedOf = new Map<Element, CSSStyleDeclaration>();
  from.forEach((element, i) => {
    const target = to[i];
    if (!(target instanceof Element)) return;
    const computed = getComputedStyle(element);
    computedOf.set(element, computed);
    const parent = element === source ? undefined : computedOf.get(element.parentElement!);
    // An inherited value equal to the parent's comes through the parent: written once, not on
    // every tick and path. A presentation attribute would win over inheritance: always written.
    const style = PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const)
      .filter(
        ([p, v]) =>
          v !== '' &&
          (element.hasAttribute(p) ||
            (p in INITIAL ? v !== INITIAL[p] : parent?.getPropertyValue(p) !== v)),
      )
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    // Through the CSSOM, not setAttribute: the page's Content-Security-Policy refuses style
    // attributes (style-src-attr), but not styles set from script; the serialized copy is the same.
    if (style !== '') (target as Element & ElementCSSInlineStyle).style.cssText = style;
    else target.removeAttribute('style');
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
}

/** A rough text width for laying out the legend (the file is drawn elsewhere, with other fonts). */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

function legendMarkup(
  items: readonly ExportLegendItem[],
  width: number,
  top: number,
  color: string,
) {
  const parts: string[] = [];
  let x = PAD;
  let y = top;
  for (const item of items) {
    const w = 18 + textWidth(item.label, 12) + 16;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += LEGEND_ROW;
    }
    const c = escapeXml(item.color);
    parts.push(
      item.shape === 'line'
        ? `<line x1="${x}" y1="${y + 6}" x2="${x + 12}" y2="${y + 6}" stroke="${c}" stroke-width="3"/>`
        : item.shape === 'outline'
          ? `<rect x="${x + 1}" y="${y + 1}" width="10" height="10" fill="${c}" fill-opacity="0.3" stroke="${c}" stroke-width="1.5" stroke-dasharray="3 2"/>`
          : `<rect x="${x}" y="${y}" width="12" height="12" fill="${c}"/>`,
      `<text x="${x + 18}" y="${y + 10}" font-size="12" fill="${escapeXml(color)}">${escapeXml(item.label)}</text>`,
    );
    x += w;
  }
  const rows = items.length === 0 ? 0 : (y - top) / LEGEND_ROW + 1;
  return { markup: parts.join(''), height: rows * LEGEND_ROW };
}

/** The chart as a standalone SVG document: title, chart, legend. */
export function chartSvg(svg: SVGSVGElement, frame: ExportFrame): ExportedSvg {
  // Recharts writes the size it drew at on the <svg>.
  const width = Math.round(Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width);
  const chartHeight = Math.round(
    Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height,
  );
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.querySelectorAll(TRANSIENT).forEach((e) => e.remove());
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(HEADER));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(chartHeight));
  copy.removeAttribute('style');
  copy.removeAttribute('role');
  const legend = legendMarkup(frame.legend, width, HEADER + chartHeight + 8, frame.color);
  const height = HEADER + chartHeight + (legend.height > 0 ? legend.height + 12 : 4);
  const chart = new XMLSerializer().serializeToString(copy);
  const text =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeXml(frame.font)}">` +
    `<rect width="${width}" height="${height}" fill="${escapeXml(frame.background)}"/>` +
    `<text x="${PAD}" y="20" font-size="14" font-weight="600" fill="${escapeXml(frame.color)}">` +
    `${escapeXml(frame.title)}</text>${chart}${legend.markup}</svg>`;
  return { text, width, height };
}

/** The SVG drawn at `scale` times its size, as a PNG. */
export async function svgToPng(svg: ExportedSvg, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = svg.width * scale;
  canvas.height = svg.height * scale;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, svg.width, svg.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked a moment later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
