/**
 * Reading what the user typed into numeric fields: whole numbers in a range and percentages,
 * strictly (no "1.5" weeks, no "12abc"). Each returns null when the text is not acceptable.
 */

/** A whole number in [min, max] written with digits only. */
export function parseWhole(
  text: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/** A percentage 0-100 ("12.5", "12,5") as a probability 0..1, rounded off float noise. */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= 100 ? Number((n / 100).toFixed(8)) : null;
}

/**
 * A probability as the percentage shown in a field, in the reader's language: 0.075 is "7.5" in
 * English and "7,5" in German (parsePercent reads both); 0.07 is "7", not "7.000000000000001".
 */
export function percentText(probability: number | undefined, language: string): string {
  if (probability === undefined) return '';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 6, useGrouping: false }).format(
    probability * 100,
  );
}

/** A finite number written plainly ("-3", "2.5"), for number values of conditions. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  return Number(trimmed);
}
