/**
 * What the previous element of a kind had at each place, as byte ranges of the file, so the next
 * element can be checked against it byte by byte: in a large file most elements repeat their
 * neighbour's keys, in the same order, and many of its values (the type, the stream, the day's
 * instant). A match spares hashing the bytes and looking the string up (elementReader.ts).
 */
const NONE = -1;

export class Repeats {
  /** Per place: where the previous bytes began (NONE: nothing yet) and ended. */
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  /** Per place: the key's code, or the value's string, that those bytes were read as. */
  readonly codes: Int32Array;
  readonly texts: (string | undefined)[];

  constructor(places: number) {
    this.from = new Int32Array(places).fill(NONE);
    this.to = new Int32Array(places);
    this.codes = new Int32Array(places);
    this.texts = new Array<string | undefined>(places).fill(undefined);
  }

  /**
   * Just after the bytes at `i` when they repeat those last remembered at `place`, or -1. The
   * remembered bytes are a whole string, quotes included, with no quote or backslash inside: the
   * same bytes are the same string, ending at the same place.
   */
  again(b: Uint8Array, i: number, place: number): number {
    const from = this.from[place]!;
    if (from === NONE) return -1;
    const length = this.to[place]! - from;
    for (let k = 0; k < length; k++) if (b[i + k] !== b[from + k]) return -1;
    return i + length;
  }

  /** Remembers the string whose bytes (quotes included) are `[from, to)` at `place`. */
  remember(place: number, from: number, to: number, code: number, text: string | undefined) {
    this.from[place] = from;
    this.to[place] = to;
    this.codes[place] = code;
    this.texts[place] = text;
  }
}
