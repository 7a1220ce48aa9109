/**
 * What the app asks the simulation worker, and what it answers. The worker parses the scenario
 * itself (a structured clone of plain JSON crosses the boundary), so a bad document is reported the
 * same way as on import.
 */
import type { Summary, PersonExplanation, SimRecord } from '../engine';
import type { Problem } from '../model';

export interface RunRequest {
  /** The scenario document, as plain JSON. */
  scenario: unknown;
  from?: string;
  until?: string;
  seed?: number;
}

export type RunResult =
  | { ok: true; summary: Summary; people: number; personCasts: number }
  | { ok: false; problems: Problem[] }
  | { ok: false; cancelled: true };

export type RecordsResult =
  { ok: true; records: SimRecord[]; truncated: boolean } | { ok: false; problems: Problem[] };

export type ExplainResult =
  { ok: true; explanation: PersonExplanation } | { ok: false; problems: Problem[] };

export interface Progress {
  done: number;
  total: number;
}

/** The worker's API (exposed with comlink; the in-thread fallback implements the same). */
export interface SimulationApi {
  /** Counts for any audience size; reports progress between slices of people. */
  summarize(request: RunRequest, onProgress?: (progress: Progress) => unknown): Promise<RunResult>;
  /** Every record in time order, up to `limit`. */
  records(request: RunRequest, limit: number): Promise<RecordsResult>;
  explain(request: RunRequest, person: string): Promise<ExplainResult>;
  /** Stops the running `summarize` at its next slice. */
  cancel(): void;
}
