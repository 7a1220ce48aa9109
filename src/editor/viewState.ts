/**
 * Where the user was in a program: the canvas viewport and the selection, kept per program in
 * the settings table so a reload opens the program as it was left. Not part of the document
 * (another person opening the exported file starts from a fitted view). A stored view may come
 * from an older version or a damaged row: whatever does not make sense is dropped, never used.
 */
import type { Viewport } from '@xyflow/react';
import type { ProgramRepository } from '../db/deferredRepo';
import type { Selected } from '../document/selected';
import type { Scenario } from '../model';

export interface ViewState {
  viewport: Viewport | null;
  selection: Selected[];
}

export const viewKey = (programId: string) => `view:${programId}`;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** A viewport with finite coordinates and a zoom above 0 (zoom 0 would divide by zero), or null. */
export function readViewport(raw: unknown): Viewport | null {
  if (raw === null || typeof raw !== 'object') return null;
  const { x, y, zoom } = raw as Record<string, unknown>;
  return isNumber(x) && isNumber(y) && isNumber(zoom) && zoom > 0 ? { x, y, zoom } : null;
}

/** The stored entry as a Selected, only the fields a Selected has; null if it is not one. */
export function readSelected(raw: unknown): Selected | null {
  if (raw === null || typeof raw !== 'object') return null;
  const { kind, id, stream } = raw as Record<string, unknown>;
  if (kind === 'program') return { kind };
  if (!isId(id)) return null;
  if (kind === 'stream' || kind === 'batch') return { kind, id };
  if ((kind === 'item' || kind === 'rule') && isId(stream)) return { kind, stream, id };
  return null;
}

/** Whether the document still has the selected element (it may have been deleted since). */
export function existsIn(doc: Scenario, selected: Selected): boolean {
  const { streams, batchMoves } = doc.program;
  switch (selected.kind) {
    case 'program':
      return true;
    case 'batch':
      return batchMoves?.some((b) => b.id === selected.id) ?? false;
    case 'stream':
      return streams.some((s) => s.id === selected.id);
    case 'item':
    case 'rule': {
      const stream = streams.find((s) => s.id === selected.stream);
      const parts = selected.kind === 'item' ? stream?.content : stream?.transitions;
      return parts?.some((p) => p.id === selected.id) ?? false;
    }
  }
}

/** A stored view read defensively: a bad viewport becomes null, bad selection entries go. */
export function readView(raw: unknown, doc: Scenario): ViewState {
  const stored = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const entries = Array.isArray(stored.selection) ? stored.selection : [];
  const selection = entries
    .map(readSelected)
    .filter((s): s is Selected => s !== null && existsIn(doc, s));
  return { viewport: readViewport(stored.viewport), selection };
}

/** The stored view setting as it is (read it with readView); undefined if none or unreadable. */
export function loadView(repo: ProgramRepository, programId: string): Promise<unknown> {
  return repo.getSetting<unknown>(viewKey(programId)).catch(() => undefined);
}

export function saveView(
  repo: ProgramRepository,
  programId: string,
  view: ViewState,
): Promise<void> {
  return repo.setSetting(viewKey(programId), view).catch(() => undefined); // a lost view is no loss of work
}
