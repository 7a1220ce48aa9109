// The share link's packing: a document's text survives the trip through a link byte for byte, and
// every way a link can be damaged on its way is named, never read as another document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/model';
import { toBase64Url } from '../../src/share/base64url';
import {
  decodeShareData,
  encodeShareData,
  MAX_SHARED_BYTES,
  type DecodeResult,
} from '../../src/share/shareCode';
import { scenarioArb } from '../fixtures/arbitraries';
import { nurtureA } from '../fixtures/builders';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The damage, or the length read: a failing size test must not print megabytes. */
const outcome = (result: DecodeResult) =>
  result.ok ? { read: result.text.length } : result.damage;
const encoded = async (text: string) => (await encodeShareData(text))!;

describe('round trip', () => {
  it('gives back the same text, in the URL-safe alphabet behind the version', async () => {
    const text = JSON.stringify(nurtureA());
    const data = await encoded(text);
    expect(data).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(data.length).toBeLessThan(text.length); // packed, not just re-written
    expect(await decodeShareData(data)).toEqual({ ok: true, text });
  });

  it('keeps any Unicode text (names in any script, emoji, lone controls)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        const wellFormed = text.toWellFormed();
        expect(await decodeShareData(await encoded(wellFormed))).toEqual({
          ok: true,
          text: wellFormed,
        });
      }),
      { numRuns: 50 },
    );
  });

  it('gives back generated programs that read as the same document', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const decoded = await decodeShareData(await encoded(JSON.stringify(scenario)));
        expect(decoded.ok).toBe(true);
        const read = parseScenarioText(decoded.ok ? decoded.text : '');
        expect(read).toEqual(parseScenarioText(JSON.stringify(scenario)));
        expect(read.ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('damage', () => {
  it('names a missing or unknown version', async () => {
    const data = await encoded('{}');
    expect(await decodeShareData(data.slice(3))).toEqual({
      ok: false,
      damage: { kind: 'version', found: '' },
    });
    expect(await decodeShareData(`v2.${data.slice(3)}`)).toEqual({
      ok: false,
      damage: { kind: 'version', found: 'v2' },
    });
  });

  it.each([
    ['a character base64url never has', (d: string) => `${d.slice(0, 8)}$${d.slice(9)}`],
    ['a space from a mail client', (d: string) => `${d.slice(0, 12)} ${d.slice(12)}`],
    ['a length no base64url text has', (d: string) => `${d}A`.slice(0, 3 + 4 * 3 + 1)],
  ])('names %s as base64 damage', async (_what, damage) => {
    const data = await encoded(JSON.stringify(nurtureA()));
    expect(await decodeShareData(damage(data))).toEqual({ ok: false, damage: { kind: 'base64' } });
  });

  it('names a link cut short, or bytes that are not deflate, as compression damage', async () => {
    const data = await encoded(JSON.stringify(nurtureA()));
    const cut = data.slice(0, data.length - 40);
    const cutAligned = cut.slice(0, cut.length - ((cut.length - 3) % 4));
    expect(await decodeShareData(cutAligned)).toEqual({
      ok: false,
      damage: { kind: 'compression' },
    });
    const garbage = toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x13, 0x37]));
    expect(await decodeShareData(`v1.${garbage}`)).toEqual({
      ok: false,
      damage: { kind: 'compression' },
    });
  });

  it('names bytes that unpack but are not UTF-8 text as compression damage', async () => {
    const packed = await deflate(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await decodeShareData(`v1.${toBase64Url(packed)}`)).toEqual({
      ok: false,
      damage: { kind: 'compression' },
    });
  });
});

describe('size limit', () => {
  it('stops unpacking a link that unpacks to more than the limit (a deflate bomb)', async () => {
    const bomb = await deflate(new Uint8Array(MAX_SHARED_BYTES + 1).fill(0x20));
    expect(bomb.length).toBeLessThan(20_000); // small enough to arrive in a link
    expect(outcome(await decodeShareData(`v1.${toBase64Url(bomb)}`))).toEqual({
      kind: 'tooLarge',
      max: MAX_SHARED_BYTES,
    });
  });

  it('reads a document of exactly the limit, and refuses to pack one byte more', async () => {
    const atLimit = ' '.repeat(MAX_SHARED_BYTES - 2) + '{}';
    const data = await encoded(atLimit);
    const decoded = await decodeShareData(data);
    expect(decoded.ok && decoded.text === atLimit).toBe(true);
    expect(await encodeShareData(atLimit + ' ')).toBeNull();
    // Measured in UTF-8 bytes, as it unpacks: 'é' is two.
    expect(await encodeShareData('é'.repeat(MAX_SHARED_BYTES / 2 + 1))).toBeNull();
  });
});
