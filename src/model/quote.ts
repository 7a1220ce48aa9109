/**
 * The one place where values from a file become text in a problem message. A file is hostile
 * input: a 50 MB string, a 10,000-deep array or a key with a line break must not end up whole in
 * a message (messages are printed one per line and shown in dialogs). So a string is cut to
 * MAX_QUOTED characters, arrays and objects are named, never written out, and control and
 * bidirectional-override characters are escaped, so a quoted value cannot break a line or
 * reorder the words after it.
 */
import type { Phrase } from './messages';

/** Longest piece of a string kept in a message; longer ones end in `…`. */
export const MAX_QUOTED = 40;

// C0/C1 controls, line and paragraph separators and the bidirectional marks and overrides.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_OR_QUOTE = new RegExp(`${UNSAFE.source.slice(0, -1)}"\\\\]`, 'g');

const NAMED: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '"': '\\"',
  '\\': '\\\\',
};
const escapeChar = (c: string) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** At most `max` characters of `text` (never half a surrogate pair), with `…` if cut. */
export function cut(text: string, max: number = MAX_QUOTED): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // keep a pair whole: drop its first half
  return `${text.slice(0, end)}…`;
}

/** A piece of a file's text, shortened and made safe to print on one line, without quotes. */
export function shortText(text: string, max: number = MAX_QUOTED): string {
  return cut(text, max).replace(UNSAFE, escapeChar);
}

/** `"text"`, shortened, with `"` and `\` escaped as in JSON, so the quotes are unambiguous. */
export function quote(text: string, max: number = MAX_QUOTED): string {
  return `"${cut(text, max).replace(UNSAFE_OR_QUOTE, escapeChar)}"`;
}

/**
 * What a message says was found: a quoted string, a number or literal as written, or (for
 * nothing, arrays and objects) a phrase the reader's language words. Never the whole value.
 */
export function describeValue(value: unknown): string | Phrase {
  if (value === undefined) return { code: 'nothing' };
  if (value === null) return 'null';
  if (Array.isArray(value)) return { code: 'anArray' };
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'object') return { code: 'anObject' };
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return { code: 'anObject' }; // functions, symbols, bigints: not JSON, never in a file
}

/** Up to `max` ids, shortened and comma-separated, `…` for the rest: `E1, E2, E3, …`. */
export function idList(ids: readonly string[], max = 10): string {
  const shown = ids.slice(0, max).map((id) => shortText(id));
  return ids.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}
