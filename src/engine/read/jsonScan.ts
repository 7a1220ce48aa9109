/**
 * One pass over a scenario file's bytes that finds, without parsing, where each top-level key's
 * value lies, and cuts the `people` and `events` arrays into batches of whole elements (about
 * BATCH_BYTES each) that JSON.parse can read one at a time.
 *
 * The scan only follows strings and brackets; JSON.parse checks everything else when the pieces are
 * read. It answers null for anything unusual, and the caller then reads the file the ordinary way,
 * which reports problems exactly as it always has: a byte-order mark, a key given twice, an array
 * element that is not an object, nesting deeper than MAX_DEPTH, a `__proto__` key (or any string
 * spelling an ASCII character as `\u00XX`, which could hide one), a stray byte after the document.
 */
import { MAX_DEPTH } from '../../model';

export const BATCH_BYTES = 64 << 10;

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

/** Whole elements of an array, batch i being bytes `starts[i]` to `ends[i]` (commas between). */
export interface ArraySpan {
  count: number;
  starts: number[];
  ends: number[];
}

export interface Member {
  key: string;
  /** The value's bytes. */
  start: number;
  end: number;
  /** For an array of objects under `people` or `events`: its batches. */
  elements: ArraySpan | null;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipSpace(b: Uint8Array, i: number): number {
  while (i < b.length && isSpace(b[i]!)) i++;
  return i;
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
  if (i - from === PROTO.length && PROTO.every((p, k) => b[from + k] === p)) return -1;
  return i + 1;
}

/**
 * From the first byte of a value to just after it; -1 when unusual. `depthLeft`: how many more
 * levels of objects and arrays may open (the value's own counts).
 */
function skipValue(b: Uint8Array, i: number, depthLeft: number): number {
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

/** The elements of the array at `i` (its `[`), if each is an object; null otherwise. */
function scanObjects(
  b: Uint8Array,
  i: number,
  depthLeft: number,
  batchBytes: number,
): { end: number; span: ArraySpan } | null {
  const span: ArraySpan = { count: 0, starts: [], ends: [] };
  i = skipSpace(b, i + 1);
  if (b[i] === CLOSE_BRACKET) return { end: i + 1, span };
  let batchStart = i;
  for (;;) {
    if (b[i] !== OPEN_BRACE) return null;
    const end = skipValue(b, i, depthLeft);
    if (end < 0) return null;
    span.count++;
    i = skipSpace(b, end);
    const c = b[i];
    if (c === CLOSE_BRACKET || end - batchStart >= batchBytes) {
      span.starts.push(batchStart);
      span.ends.push(end);
      batchStart = -1;
    }
    if (c === CLOSE_BRACKET) return { end: i + 1, span };
    if (c !== COMMA) return null;
    i = skipSpace(b, i + 1);
    if (batchStart < 0) batchStart = i;
  }
}

/** The top-level members of the document in `b`, in file order; null when anything is unusual. */
export function scanTopLevel(
  b: Uint8Array,
  /** A key's bytes, quotes included, to the key. */
  decodeKey: (bytes: Uint8Array) => string,
  batchBytes = BATCH_BYTES,
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
      const scanned = scanObjects(b, start, MAX_DEPTH - 2, batchBytes);
      if (scanned === null) return null;
      end = scanned.end;
      elements = scanned.span;
    } else end = skipValue(b, start, Infinity);
    if (end < 0) return null;
    members.push({ key, start, end, elements });
    i = skipSpace(b, end);
    if (b[i] === CLOSE_BRACE) return skipSpace(b, i + 1) === b.length ? members : null;
    if (b[i] !== COMMA) return null;
    i = skipSpace(b, i + 1);
  }
}
