/**
 * Whether two documents say the same thing, as JSON would store them: key order does not matter
 * and a key holding `undefined` is the same as no key. Edits share every unchanged part of the
 * document, so comparing an edit's result with its input only walks the parts that were rebuilt.
 */
export function sameDocument(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => sameDocument(value, other[i]));
  }
  const left = definedKeys(a);
  const right = definedKeys(b);
  if (left.length !== right.length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return left.every((key) => Object.hasOwn(y, key) && sameDocument(x[key], y[key]));
}

function definedKeys(value: object): string[] {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([key]) => key);
}
