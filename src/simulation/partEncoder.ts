/**
 * Turns the parts of a document into the bytes the workers receive: UTF-8 JSON in ArrayBuffers that
 * are transferred, not structured-cloned object by object (a clone of 100,000 people held the page
 * for 80-90 ms, of a million for about a second).
 *
 * A part is encoded once per object (cached by identity), and a long list (people, events) in
 * pieces of `PIECE_ITEMS` items: a piece whose items are the very objects of the same piece of the
 * list encoded before keeps its bytes, so editing one person encodes and sends one piece, not the
 * audience. Encoding pauses between slices of `SLICE_MS`, so a million people never block the page
 * for long. Piece boundaries depend on item positions only: the same content always gives the same
 * pieces, and the workers can key a document by the pieces' content.
 */
import { yieldToEvents } from '../worker/yieldToEvents';

/** Items of a list per piece: small enough that an edit re-encodes little, large enough to be cheap to track. */
export const PIECE_ITEMS = 2048;
/** Encode this long between looks at the page's other work. */
const SLICE_MS = 8;

export interface Piece {
  /** Unique in this encoder: what a worker has is tracked by id. */
  id: number;
  /** A value's JSON, or for a list the JSON array of this piece's items. */
  bytes: Uint8Array;
}

export interface EncodedPart {
  /** A list: the part is the concatenation of its pieces' items. */
  list: boolean;
  pieces: Piece[];
}

export type Pause = () => Promise<void>;

/** Lets the page's queued work (input, drawing) run between slices of encoding. */
export const pauseForEvents: Pause = yieldToEvents;

export class PartEncoder {
  private readonly byObject = new WeakMap<object, EncodedPart>();
  /** Small values that are not objects (`"format"`, `"version"`), by their JSON. */
  private readonly byText = new Map<string, EncodedPart>();
  /** The list last encoded under each name, whose pieces an edited copy of it can reuse. */
  private readonly lastList = new Map<string, { items: readonly unknown[]; part: EncodedPart }>();
  private readonly encoder = new TextEncoder();
  private nextId = 1;
  private sliceStart = 0;

  constructor(
    private readonly pause: Pause = pauseForEvents,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The encoded form of part `name` of a document (the same object for the same value). */
  async encode(name: string, value: unknown): Promise<EncodedPart> {
    if (value === null || typeof value !== 'object') {
      const text = JSON.stringify(value) ?? 'null';
      let part = this.byText.get(text);
      if (part === undefined) {
        part = { list: false, pieces: [this.piece(text)] };
        this.byText.set(text, part);
      }
      return part;
    }
    const cached = this.byObject.get(value);
    if (cached !== undefined) return cached;
    const part = Array.isArray(value)
      ? await this.encodeList(name, value as readonly unknown[])
      : { list: false, pieces: [this.piece(JSON.stringify(value))] };
    this.byObject.set(value, part);
    return part;
  }

  private async encodeList(name: string, items: readonly unknown[]): Promise<EncodedPart> {
    const before = this.lastList.get(name);
    const pieces: Piece[] = [];
    this.sliceStart = this.now();
    for (let start = 0; start < items.length || start === 0; start += PIECE_ITEMS) {
      const end = Math.min(items.length, start + PIECE_ITEMS);
      const old = before?.part.pieces[start / PIECE_ITEMS];
      if (old !== undefined && sameItems(before!.items, items, start, end)) pieces.push(old);
      else {
        pieces.push(this.piece(JSON.stringify(items.slice(start, end))));
        if (this.now() - this.sliceStart > SLICE_MS) {
          await this.pause();
          this.sliceStart = this.now();
        }
      }
    }
    const part = { list: true, pieces };
    this.lastList.set(name, { items, part });
    return part;
  }

  private piece(text: string): Piece {
    return { id: this.nextId++, bytes: this.encoder.encode(text) };
  }
}

/** Whether items `start` to `end` are the same objects in both lists (and both lists end alike there). */
function sameItems(a: readonly unknown[], b: readonly unknown[], start: number, end: number) {
  if (Math.min(a.length, start + PIECE_ITEMS) !== end) return false;
  for (let i = start; i < end; i++) if (a[i] !== b[i]) return false;
  return true;
}
