/**
 * An element of a program as the editor refers to it: what is selected, what a problem is about.
 * Ids only, so it survives edits and can be stored (a reload restores the selection).
 */
export type Selected =
  | { kind: 'program' }
  | { kind: 'stream'; id: string }
  | { kind: 'item'; stream: string; id: string }
  | { kind: 'rule'; stream: string; id: string }
  | { kind: 'batch'; id: string };
