/**
 * A share as a whole percentage in the reader's language ("50 %" in German), rounded down, so a
 * stream where 299 of 300 have run dry never reads "100%".
 */
const formats = new Map<string, Intl.NumberFormat>();

export function percentText(language: string, share: number): string {
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    formats.set(language, format);
  }
  return format.format(Math.floor(share * 100 + 1e-9) / 100);
}
