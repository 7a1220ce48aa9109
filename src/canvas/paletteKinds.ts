/** What the palette hands over in a drag. */
export const PALETTE_MIME = 'application/x-lanecast-palette';
export type PaletteKind = 'email' | 'program' | 'stream' | 'note';
