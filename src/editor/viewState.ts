/**
 * Where the user was in a program: the canvas viewport and the selection, kept per program in
 * the settings table so a reload opens the program as it was left. Not part of the document
 * (another person opening the exported file starts from a fitted view).
 */
import type { Viewport } from '@xyflow/react';
import type { ProgramRepository } from '../db/deferredRepo';
import type { Selected } from '../document/selected';

export interface ViewState {
  viewport: Viewport | null;
  selection: Selected[];
}

export const viewKey = (programId: string) => `view:${programId}`;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isSelected = (v: unknown): v is Selected => {
  if (v === null || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  if (s.kind === 'program') return true;
  if (s.kind === 'stream' || s.kind === 'batch') return typeof s.id === 'string';
  return (
    (s.kind === 'item' || s.kind === 'rule') &&
    typeof s.id === 'string' &&
    typeof s.stream === 'string'
  );
};

/** The stored view, read defensively (a setting may come from an older version). */
export async function loadView(repo: ProgramRepository, programId: string): Promise<ViewState> {
  const raw = (await repo.getSetting<unknown>(viewKey(programId)).catch(() => undefined)) as
    Partial<ViewState> | undefined;
  const v = raw?.viewport as Partial<Viewport> | undefined;
  const viewport =
    v && isNumber(v.x) && isNumber(v.y) && isNumber(v.zoom) && v.zoom > 0
      ? { x: v.x, y: v.y, zoom: v.zoom }
      : null;
  const selection = Array.isArray(raw?.selection) ? raw.selection.filter(isSelected) : [];
  return { viewport, selection };
}

export function saveView(
  repo: ProgramRepository,
  programId: string,
  view: ViewState,
): Promise<void> {
  return repo.setSetting(viewKey(programId), view).catch(() => undefined); // a lost view is no loss of work
}
