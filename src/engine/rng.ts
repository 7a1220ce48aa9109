/**
 * Counter-based randomness: every draw is a hash of (seed, who, what, when), not the next value of
 * a shared generator. A person's draws therefore do not depend on who else is simulated or in what
 * order, so a single person can be re-simulated alone (explanations) and a what-if edit changes
 * only the draws it touches. Pure 32-bit integer arithmetic: identical in Node and every browser.
 */

/** FNV-1a over UTF-16 code units: a stable 32-bit key for an id string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * `hashString(prefix + String(n))` without building the string: continues the FNV-1a state of the
 * prefix with the decimal digits of `n` (a non-negative integer). For generated ids like `lead-17`.
 */
export function hashWithNumber(prefixHash: number, n: number): number {
  let h = prefixHash;
  let divisor = 1;
  while (divisor * 10 <= n) divisor *= 10;
  for (; divisor >= 1; divisor /= 10) {
    h ^= 48 + (Math.floor(n / divisor) % 10);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads every input bit over the output. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of four integers. */
export function hash4(a: number, b: number, c: number, d: number): number {
  let h = fmix(a ^ 0x9e3779b9);
  h = fmix(h ^ Math.imul(b, 0xcc9e2d51));
  h = fmix(h ^ Math.imul(c, 0x1b873593));
  return fmix(h ^ Math.imul(d, 0xe6546b64));
}

/** A uniform draw in [0, 1) keyed by four integers. `u < p` is never true for p = 0, always for 1. */
export function uniform(a: number, b: number, c: number, d: number): number {
  return hash4(a, b, c, d) / 4294967296;
}

/** Folds a seed of any safe integer size into 32 bits. */
export function seedKey(seed: number): number {
  const high = Math.floor(seed / 4294967296);
  return fmix((seed >>> 0) ^ fmix(high >>> 0));
}

/** A person's own stream key: fold the seed and the person's id hash once per person. */
export function personStream(seed: number, personKey: number): number {
  return fmix(seed ^ fmix(personKey ^ 0x5bd1e995));
}

/** A uniform draw in [0, 1) for one decision of one person: `what` and `when` name it. */
export function personUniform(stream: number, what: number, when: number): number {
  return (keyedDraw(personWhatKey(stream, what), when) >>> 0) / 4294967296;
}

/**
 * The first half of `personUniform(stream, what, when)`, shared by every draw about the same `what`
 * (the three behaviour draws of one send hash it once). As an int32, which V8 keeps unboxed.
 */
export function personWhatKey(stream: number, what: number): number {
  return fmix(stream ^ Math.imul(what + 1, 0xcc9e2d51)) | 0;
}

/**
 * The second half, as an int32: `(keyedDraw(personWhatKey(s, w), when) >>> 0) / 2 ** 32` is
 * `personUniform(s, w, when)`, so `(keyedDraw(...) >>> 0) < p * 2 ** 32` is `personUniform < p`
 * exactly (scaling by a power of two is exact). The hot loop compares so, dividing nothing and
 * allocating no heap number for a result above 2 ** 31.
 */
export function keyedDraw(key: number, when: number): number {
  return fmix(key ^ Math.imul(when + 1, 0x1b873593)) | 0;
}
