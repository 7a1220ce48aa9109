/**
 * What the charts draw with, as plain values (SVG attributes cannot read CSS variables, and an
 * exported file must not depend on the page): stream colours from the swatch hues, the states of a
 * split stream, the faded look of streams other than the one selected on the canvas, the time
 * axis's ticks and the downloaded files' names.
 */
import { hueOf } from '../../ui/palette';
import { weekStart } from '../../simulation/derive/periods';
import type { Place } from './membersData';

export const streamColor = (s: number) => `hsl(${hueOf(s)} 60% 50%)`;

/** One stream split by state: the stream's colour for receiving, lighter paused, darker exhausted. */
export function placeColor(s: number, place: Place): string {
  const hue = hueOf(s);
  if (place === 'paused') return `hsl(${hue} 45% 75%)`;
  if (place === 'exhausted') return `hsl(${hue} 35% 32%)`;
  return `hsl(${hue} 60% 50%)`;
}

/** Neutral grey for the "Joined" and "Left" nodes of the flow. */
export const OUTSIDE_COLOR = 'hsl(220 8% 55%)';

/** Opacity of a series: full without a selection or for the selected stream, faint otherwise. */
export const emphasis = (highlight: number, stream: number) =>
  highlight < 0 || highlight === stream ? 1 : 0.2;

const MS_PER_DAY = 86_400_000;

/** Ticks for a time axis: Mondays for a period drawn by days, first days of months by weeks. */
export function timeTicks(first: number, last: number, resolution: 'day' | 'week'): number[] {
  const out: number[] = [];
  if (resolution === 'day') {
    for (let d = weekStart(first) + (weekStart(first) < first ? 7 : 0); d <= last; d += 7)
      out.push(d);
    return out;
  }
  const start = new Date(first * MS_PER_DAY);
  for (let m = 0; ; m++) {
    const d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1) / MS_PER_DAY;
    if (d > last) return out;
    if (d >= first) out.push(d);
  }
}

/** "Spring drip (DE)" -> "spring-drip-de": a file name part in plain ASCII. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'program' : slug;
}
