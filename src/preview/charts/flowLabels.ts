/**
 * The Sankey's words, fitted to its columns: column headings that do not collide ("16 Mar", else
 * "16/3", else every other column, and so on), and node labels that name a stream where there is room (one
 * line when columns are wide; in narrow columns the name wrapped over lines at the stream's biggest
 * node, and in full in the last column, whose labels sit outside the plot).
 */
import type { FlowNode } from './flowData';

/** A text's width in pixels at the chart's 11px label size. */
export type Measure = (text: string, bold?: boolean) => number;

let context: CanvasRenderingContext2D | null | undefined;
let family = 'sans-serif';

/** Measured with a canvas where there is one; estimated where there is none (a test's jsdom). */
export const measureText: Measure = (text, bold = false) => {
  if (context === undefined) {
    context =
      typeof CanvasRenderingContext2D === 'undefined'
        ? null
        : document.createElement('canvas').getContext('2d');
    // The charts' text inherits the page's font.
    family = getComputedStyle(document.body).fontFamily || family;
  }
  if (context === null) return text.length * (bold ? 7 : 6.4);
  context.font = `${bold ? 600 : 400} 11px ${family}`;
  return context.measureText(text).width;
};

/** Column gap from which every node carries its name and count on one line. */
export const ROOMY = 120;
/** Node width plus the space on either side of a label. */
export const LABEL_INSET = 16;
export const LINE_HEIGHT = 13;
/** Characters a cut name keeps at least ("Hold…"). */
const MIN_CUT = 4;

export function headings(formats: string[][], gap: number, measure: Measure): (string | null)[] {
  const width = (text: string) => measure(text, true);
  // Every column labelled (in the shortest format that fits) before every other column.
  const columns = formats[0]!.length;
  for (let step = 1; step < columns; step++)
    for (const format of formats) {
      const fits = format.every((text, k) => {
        const next = k + step;
        if (k % step !== 0 || next >= format.length) return true;
        // Headings are centred on their columns.
        return width(text) / 2 + width(format[next]!) / 2 + 8 <= gap * step;
      });
      if (fits) return format.map((text, k) => (k % step === 0 ? text : null));
    }
  return formats[0]!.map((text, k) => (k === 0 ? text : null));
}

/** A name over at most `lines` lines of `width` pixels, word by word, cut with "…" if need be. */
export function wrapName(name: string, width: number, lines: number, measure: Measure): string[] {
  const cut = (text: string) => {
    if (measure(text) <= width) return text;
    let n = text.length - 1;
    while (n > 1 && measure(`${text.slice(0, n)}…`) > width) n--;
    return `${text.slice(0, n)}…`;
  };
  const out: string[] = [];
  const words = name.split(/\s+/).filter((w) => w !== '');
  while (words.length > 0 && out.length < lines) {
    let line = words.shift()!;
    while (words.length > 0 && measure(`${line} ${words[0]}`) <= width) line += ` ${words.shift()}`;
    out.push(line);
  }
  if (words.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${words.join(' ')}`;
  return out.map(cut);
}

export interface LabelContext {
  gap: number;
  lastColumn: number;
  /** Each stream's biggest node, where a narrow chart names it. */
  biggest: ReadonlyMap<number, FlowNode>;
  measure: Measure;
}

/** The lines of a node's label, given its name, its formatted count and its drawn height. */
export function nodeLabel(
  node: FlowNode,
  name: string,
  count: string,
  height: number,
  c: LabelContext,
): string[] {
  if (c.gap >= ROOMY || node.column === c.lastColumn) return [`${name} ${count}`];
  // Between two columns: only what fits before the next one (the rest is in titles and tables).
  const room = c.gap - LABEL_INSET;
  const fitting = (text: string) => (c.measure(text) <= room ? [text] : []);
  if (node.kind === 'joined') return fitting(`+${count}`);
  if (node.kind === 'left') return fitting(`−${count}`);
  const lines = Math.floor(height / LINE_HEIGHT) - 1;
  if (c.biggest.get(node.stream) !== node || lines < 1 || c.measure(count) > room)
    return fitting(count);
  const wrapped = wrapName(name, room, lines, c.measure);
  // "Str…" says nothing: a name cut shorter than this is left to the legend and the table.
  const unreadable = wrapped.some((line) => line.endsWith('…') && line.length - 1 < MIN_CUT);
  return unreadable ? [count] : [...wrapped, count];
}
