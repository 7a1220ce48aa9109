/**
 * Sends documents to simulation services as pieces (partEncoder.ts): per service and source, it
 * remembers the pieces the service holds (those of the last document sent), sends only the others,
 * in messages of about `MESSAGE_BYTES` with a pause between (each message's bytes are copied once
 * to be moved), then the document as a list of piece ids. Loads into one service go one after
 * another, so pieces and documents arrive in order.
 */
import type { LoadResult, SimulationService } from '../worker/protocol';
import { type EncodedPart, PartEncoder, type Pause, type Piece } from './partEncoder';

const MESSAGE_BYTES = 4 * 1024 * 1024;

interface Held {
  /** Per source, the ids of the pieces the service holds. */
  pieces: Map<string, Set<number>>;
  queue: Promise<unknown>;
}

export class DocumentSender {
  private readonly encoder: PartEncoder;
  /** Documents are encoded one after another: an edited list reuses the pieces of the one before. */
  private encoding: Promise<unknown> = Promise.resolve();
  private readonly held = new WeakMap<SimulationService, Held>();

  constructor(private readonly pause: Pause) {
    this.encoder = new PartEncoder(pause);
  }

  /** The parts of `doc` but its layout, encoded. */
  private encode(doc: Record<string, unknown>): Promise<[string, EncodedPart][]> {
    const parts = async () => {
      const out: [string, EncodedPart][] = [];
      for (const [name, value] of Object.entries(doc))
        if (name !== 'ui') out.push([name, await this.encoder.encode(name, value)]);
      return out;
    };
    const encoded = this.encoding.then(parts);
    this.encoding = encoded.catch(() => undefined);
    return encoded;
  }

  /** Makes `doc` the current document of `source` in `service`, which compiles it. */
  send(
    service: SimulationService,
    source: string,
    doc: Record<string, unknown>,
  ): Promise<LoadResult> {
    let state = this.held.get(service);
    if (state === undefined)
      this.held.set(service, (state = { pieces: new Map(), queue: Promise.resolve() }));
    const { pieces } = state;
    const load = async () => {
      const parts = await this.encode(doc);
      const held = pieces.get(source) ?? new Set<number>();
      const fresh = new Map<number, Piece>();
      for (const [, part] of parts)
        for (const piece of part.pieces) if (!held.has(piece.id)) fresh.set(piece.id, piece);
      const receipts: Promise<void>[] = [];
      let batch: Piece[] = [];
      let bytes = 0;
      for (const piece of fresh.values()) {
        batch.push(piece);
        bytes += piece.bytes.length;
        if (bytes >= MESSAGE_BYTES) {
          receipts.push(service.receive(source, batch));
          [batch, bytes] = [[], 0];
          await this.pause();
        }
      }
      if (batch.length > 0) receipts.push(service.receive(source, batch));
      pieces.set(source, new Set(parts.flatMap(([, part]) => part.pieces.map((p) => p.id))));
      const loading = service.load(source, {
        parts: parts.map(([name, part]) => ({
          name,
          list: part.list,
          pieces: part.pieces.map((p) => p.id),
        })),
      });
      try {
        await Promise.all(receipts);
        return await loading;
      } catch (error) {
        pieces.delete(source); // not known what it holds now: the next load sends everything
        throw error;
      }
    };
    const loaded = state.queue.then(load);
    state.queue = loaded.catch(() => undefined);
    return loaded;
  }
}
