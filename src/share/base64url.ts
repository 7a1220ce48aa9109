/**
 * Bytes as base64url (RFC 4648 §5, no padding): the alphabet A-Z a-z 0-9 - _ passes through URLs,
 * mail and chat unescaped. Decoding refuses anything else, so a link changed on its way is caught
 * here rather than read as other bytes.
 */

/** Bytes per btoa call: String.fromCharCode takes its arguments on the stack. */
const CHUNK = 0x8000;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** The bytes, or null when the text is not base64url (a foreign character, or a cut length). */
export function fromBase64Url(text: string): Uint8Array | null {
  // Four characters carry three bytes; a single character left over carries none: cut off.
  if (!ALPHABET.test(text) || text.length % 4 === 1) return null;
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
