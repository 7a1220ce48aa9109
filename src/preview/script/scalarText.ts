/**
 * Attribute values typed as text (a `set` event's value, a generated attribute's values): a number
 * if it reads as one, true/false, null, else text. Quotes make anything text, so "50" (quoted) is
 * the text 50, never the number: values compare strictly (semantics 24), and a file's value
 * round-trips through the field unchanged.
 */
import type { Scalar } from '../../model';

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The scalar `text` stands for; undefined for empty text (say "" for empty text). */
export function parseScalarText(text: string): Scalar | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    try {
      return JSON.parse(trimmed) as string;
    } catch {
      return trimmed.slice(1, -1);
    }
  }
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed === 'null') return null;
  if (NUMBER.test(trimmed)) {
    const n = Number(trimmed);
    if (Number.isFinite(n)) return n;
  }
  return trimmed;
}

/** `value` as the text that reads back as it: quoted when the bare text would read otherwise. */
export function scalarText(value: Scalar): string {
  if (typeof value !== 'string') return String(value);
  return parseScalarText(value) === value ? value : JSON.stringify(value);
}

export type ScalarKind = 'number' | 'boolean' | 'null' | 'text';

export function scalarKind(value: Scalar): ScalarKind {
  if (value === null) return 'null';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}
