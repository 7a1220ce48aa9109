/**
 * The worker's side of the pieces a page sends (src/simulation/partEncoder.ts): each piece arrives
 * once as UTF-8 JSON bytes, is read and hashed on arrival, and is kept while the source's current
 * document uses it. A document is put together from its parts' pieces, and keyed by their content.
 *
 * Pieces are read with JSON.parse for today's `parseScenario`; a streaming reader from bytes to a
 * plan would keep the bytes instead (a list part's pieces are consecutive runs of its items).
 */
import type { PartRef, PieceBytes } from './protocol';

interface HeldPiece {
  hash: string;
  value: unknown;
}

/** A 53-bit hash (cyrb53) of a string or bytes: content keys, not security. */
function cyrb53(length: number, at: (i: number) => number): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < length; i++) {
    const ch = at(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export const hashText = (text: string) => cyrb53(text.length, (i) => text.charCodeAt(i));
export const hashBytes = (bytes: Uint8Array) => cyrb53(bytes.length, (i) => bytes[i]!);

export class PieceStore {
  private readonly sources = new Map<string, Map<number, HeldPiece>>();
  private readonly decoder = new TextDecoder();

  private held(source: string) {
    let pieces = this.sources.get(source);
    if (pieces === undefined) this.sources.set(source, (pieces = new Map()));
    return pieces;
  }

  receive(source: string, pieces: readonly PieceBytes[]) {
    const held = this.held(source);
    for (const { id, bytes } of pieces)
      held.set(id, { hash: hashBytes(bytes), value: JSON.parse(this.decoder.decode(bytes)) });
  }

  /**
   * The document made of `parts` and its content key; afterwards only the pieces it uses are kept
   * (the page sends again whatever a later document needs).
   */
  document(
    source: string,
    parts: readonly PartRef[],
  ): { key: string; doc: Record<string, unknown> } {
    const held = this.held(source);
    const piece = (id: number) => {
      const found = held.get(id);
      if (found === undefined) throw new Error(`piece ${id} of "${source}" was never received`);
      return found;
    };
    const doc: Record<string, unknown> = {};
    const hashes: string[] = [];
    const used = new Set<number>();
    for (const part of parts) {
      const pieces = part.pieces.map(piece);
      part.pieces.forEach((id) => used.add(id));
      doc[part.name] = part.list ? pieces.flatMap((p) => p.value as unknown[]) : pieces[0]?.value;
      hashes.push(
        `${part.name}:${part.list ? 'list' : 'value'}:${pieces.map((p) => p.hash).join(',')}`,
      );
    }
    for (const id of [...held.keys()]) if (!used.has(id)) held.delete(id);
    return { key: hashText(hashes.sort().join('|')), doc };
  }
}
