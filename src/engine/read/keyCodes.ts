/**
 * A fixed set of keys recognised by their bytes, without making the key's string: the element
 * reader (elementReader.ts) knows each of a person's or an event's keys by the hash it computes
 * while scanning the key anyway, then checks the bytes.
 */
import { FNV_PRIME, FNV_START } from './internTable';

const BITS = 6;
const SLOTS = 1 << BITS;

export function fnvHash(text: string): number {
  let h = FNV_START;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

export class KeyCodes {
  private readonly hashes = new Int32Array(SLOTS);
  private readonly keys: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(
    undefined,
  );
  private readonly codes = new Int32Array(SLOTS);

  /** `codes`: each key (at most SLOTS / 2, all ASCII) to its code. */
  constructor(codes: ReadonlyMap<string, number>) {
    if (codes.size > SLOTS / 2) throw new Error('KeyCodes: too many keys');
    for (const [key, code] of codes) {
      const hash = fnvHash(key);
      let k = this.slotOf(hash);
      while (this.keys[k] !== undefined) k = (k + 1) & (SLOTS - 1);
      this.hashes[k] = hash;
      this.keys[k] = key;
      this.codes[k] = code;
    }
  }

  private slotOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> (32 - BITS);
  }

  /** The code of the key whose bytes are `b[from..to)` (FNV-1a hash `hash`), or -1. */
  codeOf(b: Uint8Array, from: number, to: number, hash: number): number {
    for (let k = this.slotOf(hash); ; k = (k + 1) & (SLOTS - 1)) {
      const key = this.keys[k];
      if (key === undefined) return -1;
      if (this.hashes[k] === hash && key.length === to - from) {
        let same = true;
        for (let j = 0; j < key.length && same; j++) same = key.charCodeAt(j) === b[from + j];
        if (same) return this.codes[k]!;
      }
    }
  }
}
