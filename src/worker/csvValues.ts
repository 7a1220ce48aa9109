/**
 * Reading a person's values from text, the same way in the CSV import (in its worker) and in the
 * audience table (on the page): typed attribute values, yes/no answers, time-zone names and lists
 * of program items. Filters compare strictly (spec, semantics 24: "50" is not 50), so the type a
 * text becomes matters and follows one rule everywhere.
 */
import { isTimeZone, type Scalar } from '../model';

// A plain decimal: no leading zeros (0042 is an identifier), no exponent, no thousands separators.
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * The value `text` stands for: a number ("42", "-1.5"), a boolean ("true"/"false", any case), or
 * the text itself without surrounding spaces ("0042", "1,5", "DE"); empty (or blank) is no value.
 * Integers too long to keep exactly (a 20-digit customer number) stay text.
 */
export function typedValue(text: string): Scalar | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const lower = trimmed.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (NUMBER.test(trimmed)) {
    const n = Number(trimmed);
    if (trimmed.includes('.') || Number.isSafeInteger(n)) return n === 0 ? 0 : n;
  }
  return trimmed;
}

export type ValueKind = 'number' | 'boolean' | 'text' | 'null';

export const kindOf = (value: Scalar): ValueKind =>
  value === null
    ? 'null'
    : typeof value === 'number'
      ? 'number'
      : typeof value === 'boolean'
        ? 'boolean'
        : 'text';

/** How a value is written back in a text field: what typedValue() reads as the same value. */
export function valueText(value: Scalar | undefined): string {
  if (value === undefined || value === null) return '';
  return String(value);
}

// Yes/no as people write it in English, German and French, and as spreadsheets export booleans.
const YES = new Set(['true', 'yes', '1', 'ja', 'oui', 'wahr', 'vrai']);
const NO = new Set(['false', 'no', '0', 'nein', 'non', 'falsch', 'faux']);

/** true or false for a yes/no answer (case ignored); undefined when empty; null when not yes/no. */
export function readYesNo(text: string): boolean | undefined | null {
  const lower = text.trim().toLowerCase();
  if (lower === '') return undefined;
  if (YES.has(lower)) return true;
  if (NO.has(lower)) return false;
  return null;
}

let zones: readonly string[] | null = null;
let zoneNames: Map<string, string> | null = null;

/** The zone names the runtime lists (IANA, canonical), read once. */
export function knownZones(): readonly string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

/** The zone's name as the time-zone database lists it ("europe/berlin" is Europe/Berlin), or null. */
export function resolveZone(text: string): string | null {
  const trimmed = text.trim();
  zoneNames ??= new Map(knownZones().map((z) => [z.toLowerCase(), z]));
  const listed = zoneNames.get(trimmed.toLowerCase());
  if (listed !== undefined) return listed;
  // Older names ("Asia/Calcutta", "UTC") are not listed but are known; they are kept as written.
  return isTimeZone(trimmed) ? trimmed : null;
}

/** Program item ids in one cell: "P1;P2", "P1 | P2"; blanks dropped, each id once. */
export function splitPrograms(text: string): string[] {
  const ids = text
    .split(/[;|]/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return [...new Set(ids)];
}
