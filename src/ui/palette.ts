/**
 * Distinct, readable colours for streams and items by index (golden-angle hues), light and dark
 * variants from CSS: a colour is never the only signal, every coloured thing also has a name.
 */
export function hueOf(index: number): number {
  return Math.round((index * 137.508 + 210) % 360);
}

/** Custom properties for an element coloured by `index` (see --swatch-* in app.css). */
export function swatchStyle(index: number): Record<string, string> {
  return { '--swatch-hue': String(hueOf(index)) };
}
