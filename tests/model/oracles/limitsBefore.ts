/**
 * TEST ORACLE: src/model/limits.ts as it was before issue 8 (commit 9082000), kept unchanged
 * except for imports, so tests can hold today's shape check to the same problems. Not used by
 * the app.
 */
import { type JsonPath, type Problem, problem } from '../../../src/model/problems';

/**
 * Largest file read, in bytes (decimal MB). A million people with seven attributes each,
 * pretty-printed as the app exports them, is 348 MB; and a file under 500 MB always fits in one
 * JavaScript string (V8's longest is 536,870,888 characters), so it can at least be read.
 */
export const MAX_FILE_BYTES = 500_000_000;

/**
 * Deepest nesting allowed (the document itself is level 1). A scenario needs about ten levels
 * (program.streams[0].transitions[0].filters[0].value[0]); unknown keys such as the app's `ui`
 * add a few; 64 leaves room for any exporter's own data.
 */
export const MAX_DEPTH = 64;

/** `__proto__` as a key would change the object's prototype in most code that copies data. */
const RESERVED_KEY = '__proto__';
/** Enough reserved keys to fix a file by; beyond these the walk only measures depth. */
const MAX_REPORTED_KEYS = 20;

const MB = 1_000_000;
/** Megabytes with one decimal, rounded up, so a file just over the limit never reads as equal. */
const megabytes = (bytes: number) => Math.ceil((bytes / MB) * 10) / 10;

/** The UTF-8 size of `text` in bytes (counted, not encoded: the text may be huge). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one character of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The size problem of a file of `bytes` bytes, or null when it may be read. */
export function checkFileSize(bytes: number): Problem | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return problem([], 'tooLarge', { size: megabytes(bytes), max: MAX_FILE_BYTES / MB });
}

/**
 * The size problem of scenario text already read. The limit is on its characters (what memory
 * and time depend on once it is read); a refused text is measured in UTF-8 bytes, as on disk.
 */
export function checkTextSize(text: string): Problem | null {
  return text.length > MAX_FILE_BYTES ? checkFileSize(utf8Length(text)) : null;
}

export function tooDeep(path: JsonPath, depth: number): Problem {
  return problem(path, 'tooDeep', { depth, max: MAX_DEPTH });
}

/**
 * The depth and key problems of a parsed document: one problem for nesting beyond MAX_DEPTH (at
 * the first value too deep, saying how deep the document goes) and one per `__proto__` key.
 * A fast pass measures; only a document with a problem is walked again to name paths.
 */
export function checkShape(root: unknown): Problem[] {
  if (root === null || typeof root !== 'object') return [];
  const { deepest, reserved } = measure(root);
  if (deepest <= MAX_DEPTH && !reserved) return [];
  return locate(root, deepest);
}

/** How deep the document nests and whether it has a `__proto__` key: no paths, no allocation per value. */
function measure(root: object): { deepest: number; reserved: boolean } {
  const values: object[] = [root];
  const depths: number[] = [1];
  let deepest = 0;
  let reserved = false;
  const beyond = new WeakSet<object>();
  while (values.length > 0) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    if (depth > deepest) deepest = depth;
    if (revisited(beyond, value, depth)) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (child !== null && typeof child === 'object') {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key of Object.keys(value)) {
        if (key === RESERVED_KEY) reserved = true;
        const child = (value as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return { deepest, reserved };
}

/**
 * True for a value met again past the depth limit: only a cycle does that (parsed JSON is a
 * tree), and a document handed over in memory may have one. Values above the limit are not
 * remembered, so a normal document costs nothing here.
 */
function revisited(beyond: WeakSet<object>, value: object, depth: number): boolean {
  if (depth <= MAX_DEPTH) return false;
  if (beyond.has(value)) return true;
  beyond.add(value);
  return false;
}

interface Visit {
  value: object;
  depth: number;
  /** The key of this value in its parent, and its parent's visit: the path, built only if needed. */
  key: string | number | null;
  parent: Visit | null;
}

const pathOf = (visit: Visit): JsonPath => {
  const keys: (string | number)[] = [];
  for (let v: Visit | null = visit; v !== null && v.key !== null; v = v.parent) keys.push(v.key);
  return keys.reverse();
};

/** The problems of a document `measure` found fault with, in document order, with their paths. */
function locate(root: object, deepest: number): Problem[] {
  const problems: Problem[] = [];
  let firstTooDeep: Visit | null = null;
  let reserved = 0;
  const stack: Visit[] = [{ value: root, depth: 1, key: null, parent: null }];
  const beyond = new WeakSet<object>();
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (visit.depth > MAX_DEPTH && firstTooDeep === null) firstTooDeep = visit;
    const { value } = visit;
    if (revisited(beyond, value, visit.depth)) continue;
    const keys = Array.isArray(value) ? null : Object.keys(value);
    const size = keys === null ? (value as unknown[]).length : keys.length;
    for (let i = size - 1; i >= 0; i--) {
      const key = keys === null ? i : keys[i]!;
      if (key === RESERVED_KEY && reserved++ < MAX_REPORTED_KEYS)
        problems.push(problem([...pathOf(visit), key], 'reservedKey'));
      const child = (value as Record<string | number, unknown>)[key];
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, depth: visit.depth + 1, key, parent: visit });
    }
  }
  if (firstTooDeep !== null) problems.unshift(tooDeep(pathOf(firstTooDeep), deepest));
  return problems;
}
