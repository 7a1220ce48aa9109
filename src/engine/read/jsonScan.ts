/**
 * One pass over a scenario file's bytes that finds, without parsing, where each top-level key's
 * value lies, and where the `people` and `events` arrays lie and how many elements they have.
 *
 * The scan only follows strings and brackets; the element reader or JSON.parse checks everything
 * else when the pieces are read. It answers null for anything unusual, and the caller then reads
 * the file the ordinary way,
 * which reports problems exactly as it always has: a byte-order mark, a key given twice, an array
 * element that is not an object, nesting deeper than MAX_DEPTH, a `__proto__` key (or any string
 * spelling an ASCII character as `\u00XX`, which could hide one), a stray byte after the document.
 */
import { MAX_DEPTH } from '../../model';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
/** `__proto__` as bytes. */
const PROTO = [0x5f, 0x5f, 0x70, 0x72, 0x6f, 0x74, 0x6f, 0x5f, 0x5f];

/** An array of objects: where it lies and how many elements it has. */
export interface ArraySpan {
  count: number;
  /** Its `[`. */
  start: number;
  /** Just after its `]`. */
  end: number;
}

export interface Member {
  key: string;
  /** The value's bytes. */
  start: number;
  end: number;
  /** For an array of objects under `people` or `events`: its span. */
  elements: ArraySpan | null;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export function skipSpace(b: Uint8Array, i: number): number {
  while (i < b.length && isSpace(b[i]!)) i++;
  return i;
}

/** Whether `__proto__` starts at `from` (a loop: a closure here cost an object per string). */
function spellsProto(b: Uint8Array, from: number): boolean {
  for (let k = 0; k < PROTO.length; k++) if (b[from + k] !== PROTO[k]) return false;
  return true;
}

/** From an opening quote to just after its closing quote; -1 when unusual or unterminated. */
function skipString(b: Uint8Array, i: number): number {
  const from = i + 1;
  const n = b.length;
  for (i = from; i < n; i++) {
    const c = b[i]!;
    if (c === QUOTE) break;
    if (c === BACKSLASH) {
      // `\u00` then 0-7: an ASCII character spelled out, which might spell `__proto__`.
      if (b[i + 1] === 0x75 && b[i + 2] === 0x30 && b[i + 3] === 0x30 && b[i + 4]! <= 0x37)
        return -1;
      i++;
    }
  }
  if (i >= n) return -1;
  if (i - from === PROTO.length && spellsProto(b, from)) return -1;
  return i + 1;
}

/**
 * From the first byte of a value to just after it; -1 when unusual. `depthLeft`: how many more
 * levels of objects and arrays may open (the value's own counts).
 */
export function skipValue(b: Uint8Array, i: number, depthLeft: number): number {
  const n = b.length;
  let c = b[i]!;
  if (c === QUOTE) return skipString(b, i);
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
    // A number, true, false or null: up to the next delimiter (JSON.parse checks it).
    while (i < n) {
      c = b[i]!;
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break;
      if (c === QUOTE || c === OPEN_BRACE || c === OPEN_BRACKET || c === COLON) return -1;
      i++;
    }
    return i;
  }
  let depth = 0;
  while (i < n) {
    c = b[i]!;
    if (c === QUOTE) {
      i = skipString(b, i);
      if (i < 0) return -1;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > depthLeft) return -1;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (--depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

/**
 * The array at `i` (its `[`), if each element is an object; null otherwise. One tight loop over
 * strings and brackets: the elements' own grammar, and the commas between them, are checked when
 * they are read (readScenarioBytes.ts).
 */
function scanObjects(b: Uint8Array, i: number, depthLeft: number): ArraySpan | null {
  const start = i;
  const n = b.length;
  let depth = 0; // levels open inside the array
  let count = 0;
  for (i++; i < n; i++) {
    const c = b[i]!;
    if (c === QUOTE) {
      if (depth === 0) return null; // a string element
      i = skipString(b, i);
      if (i < 0) return null;
      i--; // the closing quote
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === 0) {
        if (c !== OPEN_BRACE) return null;
        count++;
      }
      if (++depth > depthLeft) return null;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 0) return c === CLOSE_BRACKET ? { count, start, end: i + 1 } : null;
      depth--;
    } else if (depth === 0 && c !== COMMA && !isSpace(c)) return null; // a number, true...
  }
  return null;
}

/** The top-level members of the document in `b`, in file order; null when anything is unusual. */
export function scanTopLevel(
  b: Uint8Array,
  /** A key's bytes, quotes included, to the key. */
  decodeKey: (bytes: Uint8Array) => string,
): Member[] | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return null; // a byte-order mark
  let i = skipSpace(b, 0);
  if (b[i] !== OPEN_BRACE) return null;
  const members: Member[] = [];
  const keys = new Set<string>();
  i = skipSpace(b, i + 1);
  if (b[i] === CLOSE_BRACE) return skipSpace(b, i + 1) === b.length ? members : null;
  for (;;) {
    if (b[i] !== QUOTE) return null;
    const keyEnd = skipString(b, i);
    if (keyEnd < 0) return null;
    const key = decodeKey(b.subarray(i, keyEnd));
    if (keys.has(key) || key === '__proto__') return null;
    keys.add(key);
    i = skipSpace(b, keyEnd);
    if (b[i] !== COLON) return null;
    const start = skipSpace(b, i + 1);
    if (start >= b.length) return null;
    let end: number;
    let elements: ArraySpan | null = null;
    if ((key === 'people' || key === 'events') && b[start] === OPEN_BRACKET) {
      // The document is level 1, the array 2: an element's own level is the third.
      elements = scanObjects(b, start, MAX_DEPTH - 2);
      if (elements === null) return null;
      end = elements.end;
    } else end = skipValue(b, start, Infinity);
    if (end < 0) return null;
    members.push({ key, start, end, elements });
    i = skipSpace(b, end);
    if (b[i] === CLOSE_BRACE) return skipSpace(b, i + 1) === b.length ? members : null;
    if (b[i] !== COMMA) return null;
    i = skipSpace(b, i + 1);
  }
}
