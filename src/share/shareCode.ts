/**
 * A share link's data: the document's JSON text, compressed with the browser's own
 * CompressionStream (raw deflate) and written in base64url behind a version prefix, `v1.<data>`.
 * The version lets a later Lanecast change the packing and still read, or at least name, old links.
 * Decoding says which step a damaged link failed at, and stops unpacking past MAX_SHARED_BYTES:
 * a few kilobytes of crafted deflate can unpack to gigabytes.
 */
import { fromBase64Url, toBase64Url } from './base64url';

export const SHARE_VERSION = 'v1';
/** The most a shared document may hold unpacked, in UTF-8 bytes; bigger ones travel as files. */
export const MAX_SHARED_BYTES = 8 * 1024 * 1024;

export type ShareDamage =
  /** No version prefix, or one this Lanecast does not know (`found`: the prefix, '' if none). */
  | { kind: 'version'; found: string }
  /** Characters base64url never has, or a length no base64url text has: cut or changed. */
  | { kind: 'base64' }
  /** The bytes do not unpack (cut short, changed), or unpack to something that is not text. */
  | { kind: 'compression' }
  /** Unpacks to more than MAX_SHARED_BYTES. */
  | { kind: 'tooLarge'; max: number };

export type DecodeResult = { ok: true; text: string } | { ok: false; damage: ShareDamage };

const FORMAT = 'deflate-raw';

/** `v1.<data>` for the text, or null when the text is larger than a link may unpack to. */
export async function encodeShareData(text: string): Promise<string | null> {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_SHARED_BYTES) return null;
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream(FORMAT));
  const packed = new Uint8Array(await new Response(stream).arrayBuffer());
  return `${SHARE_VERSION}.${toBase64Url(packed)}`;
}

const VERSIONED = /^(v\d+)\.(.*)$/s;

export async function decodeShareData(data: string): Promise<DecodeResult> {
  const damaged = (damage: ShareDamage): DecodeResult => ({ ok: false, damage });
  const versioned = VERSIONED.exec(data);
  if (versioned === null) return damaged({ kind: 'version', found: '' });
  if (versioned[1] !== SHARE_VERSION) return damaged({ kind: 'version', found: versioned[1]! });
  const packed = fromBase64Url(versioned[2]!);
  if (packed === null) return damaged({ kind: 'base64' });
  const unpacked = await inflate(packed, MAX_SHARED_BYTES);
  if (unpacked === 'tooLarge') return damaged({ kind: 'tooLarge', max: MAX_SHARED_BYTES });
  if (unpacked === 'broken') return damaged({ kind: 'compression' });
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(unpacked) };
  } catch {
    return damaged({ kind: 'compression' });
  }
}

/** The unpacked bytes, read chunk by chunk so that a bomb is stopped at `max`. */
async function inflate(
  packed: Uint8Array,
  max: number,
): Promise<Uint8Array | 'tooLarge' | 'broken'> {
  const reader = new Blob([packed as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream(FORMAT))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > max) {
        void reader.cancel().catch(() => {});
        return 'tooLarge';
      }
      chunks.push(value);
    }
  } catch {
    // The stream errors on bytes that are not deflate, and at the end of a stream cut short.
    return 'broken';
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
