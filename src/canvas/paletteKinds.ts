/**
 * What the palette hands over in a drag. The kind is also carried in a type of its own, since
 * during the drag (dragover) a page may read only the types, not the data: that is how the
 * canvas knows what to mark before the drop.
 */
export const PALETTE_MIME = 'application/x-lanecast-palette';
export type PaletteKind = 'email' | 'program' | 'stream' | 'note';
const KINDS: readonly PaletteKind[] = ['email', 'program', 'stream', 'note'];

/** The extra type naming the kind (lower case: browsers lower-case drag types). */
export const paletteKindType = (kind: PaletteKind) => `${PALETTE_MIME}-${kind}`;

/** The kind being dragged, read from a drag's types; null for anything else (a file, text). */
export function paletteKindOf(types: readonly string[]): PaletteKind | null {
  return KINDS.find((kind) => types.includes(paletteKindType(kind))) ?? null;
}
