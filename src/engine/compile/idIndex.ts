/**
 * The file people's index by id, for a million ids: an open-addressing table of person indices
 * keyed by the id's hash, which the people table computes anyway (its randomness key). A Map of a
 * million fresh strings costs several times the time and about five times the memory.
 */
import { hashString } from '../rng';

/** Spreads the hash's bits over the low ones the table uses. */
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class IdIndex {
  /**
   * Two numbers per slot: person index + 1 (0 for an empty slot), then the id's hash, compared
   * before the ids themselves: a probe past another id then costs no visit to that id's string.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `capacity`: the most ids there will be. */
  constructor(
    private readonly ids: readonly string[],
    capacity: number,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** Adds `ids[p]` (whose `hashString` is `hash`); false when that id was added before. */
  add(p: number, hash: number): boolean {
    const id = this.ids[p]!;
    const slots = this.slots;
    const h = hash | 0;
    for (let i = mix(hash) & this.mask; ; i = (i + 1) & this.mask) {
      const q = slots[2 * i]!;
      if (q === 0) {
        slots[2 * i] = p + 1;
        slots[2 * i + 1] = h;
        return true;
      }
      if (slots[2 * i + 1] === h && this.ids[q - 1] === id) return false;
    }
  }

  /**
   * `get`, trying `near` and the one after it first: events mostly come in people order, and
   * comparing with a neighbour's id spares hashing and a random probe of a large table.
   */
  getNear(id: string, near: number): number {
    if (near >= 0 && this.ids[near] === id) return near;
    if (this.ids[near + 1] === id) return near + 1;
    return this.get(id);
  }

  /** The index of the person with this id, or -1. */
  get(id: string): number {
    const hash = hashString(id);
    const slots = this.slots;
    const h = hash | 0;
    for (let i = mix(hash) & this.mask; ; i = (i + 1) & this.mask) {
      const q = slots[2 * i]!;
      if (q === 0) return -1;
      if (slots[2 * i + 1] === h && this.ids[q - 1] === id) return q - 1;
    }
  }
}
