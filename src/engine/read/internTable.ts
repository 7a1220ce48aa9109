/**
 * Strings read from ASCII bytes, made once per distinct value: a file of a million people names a
 * handful of time zones, streams and instants a million times, and a repeated value found here
 * costs a hash the reader computed anyway plus one comparison, not a new string.
 *
 * Bounded: when full it starts over, so a file of all-different values costs about what making
 * each string would.
 */
import { asciiText } from './asciiText';

/** Slots in the table (a power of two), at most half of them used. */
const BITS = 13;
const SLOTS = 1 << BITS;
const MAX_ENTRIES = SLOTS >>> 1;
/** Longer strings are made each time: they rarely repeat, and comparing them costs. */
const MAX_INTERNED_LENGTH = 64;

/** FNV-1a's start and step: the reader hashes a string's bytes with them as it scans it. */
export const FNV_START = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

function sameText(text: string, b: Uint8Array, from: number, to: number): boolean {
  if (text.length !== to - from) return false;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) !== b[from + k]) return false;
  return true;
}

export class InternTable {
  private hashes = new Int32Array(SLOTS);
  private strings: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private count = 0;

  /** The ASCII bytes `b[from..to)`, whose FNV-1a hash is `hash`, as a string. */
  text(b: Uint8Array, from: number, to: number, hash: number): string {
    if (to - from > MAX_INTERNED_LENGTH) return asciiText(b, from, to);
    const mask = SLOTS - 1;
    // Fibonacci hashing: FNV's low bits alone cluster for values differing in their last byte.
    for (let k = Math.imul(hash, 0x9e3779b1) >>> (32 - BITS); ; k = (k + 1) & mask) {
      const known = this.strings[k];
      if (known === undefined) {
        const text = asciiText(b, from, to);
        if (this.count >= MAX_ENTRIES) this.clear();
        else {
          this.count++;
          this.hashes[k] = hash;
          this.strings[k] = text;
        }
        return text;
      }
      if (this.hashes[k] === hash && sameText(known, b, from, to)) return known;
    }
  }

  private clear() {
    this.hashes.fill(0);
    this.strings.fill(undefined);
    this.count = 0;
  }
}
