/**
 * What the app asks a simulation worker, and what it answers. Designed for a million people: the
 * program is sent as transferred UTF-8 JSON pieces (a piece the worker already has is not sent
 * again), compiled once and cached by its content; runs are numbered and the newest wins; results
 * are typed arrays that are transferred, never copied object by object.
 */
import type {
  CastPeople,
  PeopleFilter,
  PeopleRows,
  PersonExplanation,
  PreviewAggregates,
  PreviewFrame,
  WhyNotAnswer,
} from '../engine';
import type { Problem } from '../model';

/**
 * A document as parts made of pieces (src/simulation/partEncoder.ts): a value part is one piece,
 * a list part (people, events) the items of its pieces in order. Pieces are numbered by the page.
 */
export interface PartRef {
  name: string;
  list: boolean;
  pieces: number[];
}

/** A piece's UTF-8 JSON, transferred to the worker. */
export interface PieceBytes {
  id: number;
  bytes: Uint8Array;
}

/** Every part of the document (without `ui`); the pieces it needs were `receive`d before. */
export interface DocumentUpdate {
  parts: PartRef[];
}

export type LoadResult =
  | { ok: true; key: string; frame: PreviewFrame; people: number }
  | { ok: false; key: string; problems: Problem[] };

export interface Slice {
  start: number;
  end: number;
}

export interface Progress {
  runId: number;
  done: number;
  total: number;
}

export type RunOutcome =
  | { ok: true; runId: number; aggregates: PreviewAggregates }
  | { ok: false; runId: number; cancelled: true }
  | { ok: false; runId: number; missing: true };

/** `missing`: the worker no longer holds that program (evicted): load and run it again. */
export type Answer<T> =
  { ok: true; value: T } | { ok: false; missing: true } | { ok: false; problem: string };

export type ExportFormat = 'csv' | 'jsonl';

/** A share's records as sorted runs of packed rows (src/engine/output/packedRecords.ts). */
export interface RecordRuns {
  runs: Uint8Array[];
  records: number;
}

/** The worker's API (exposed with comlink; in-thread, the same object is called directly). */
export interface SimulationService {
  /** Pieces of documents of `source` to come: kept until a `load` no longer uses them. */
  receive(source: string, pieces: PieceBytes[]): Promise<void>;
  /** `source` names the editor the document comes from (one current document per source). */
  load(source: string, update: DocumentUpdate): Promise<LoadResult>;
  /** The newest run wins; a negative `runId` is a background run, outside that race. */
  run(
    key: string,
    runId: number,
    slice: Slice,
    onProgress?: (progress: Progress) => unknown,
  ): Promise<RunOutcome>;
  /** Stops that run (and it is dropped anyway once a newer run starts). */
  cancel(runId: number): void;
  /** Indices of the people of this worker's share of the last run of `key` matching `filter`. */
  query(key: string, filter: PeopleFilter): Promise<Answer<Int32Array>>;
  rows(key: string, persons: Int32Array): Promise<Answer<PeopleRows>>;
  /** Who was at these casts (global cast numbers) in this worker's share, and what they got. */
  castPeople(key: string, casts: number[]): Promise<Answer<CastPeople>>;
  explain(key: string, person: string): Promise<Answer<PersonExplanation>>;
  /** Why a transition rule did not move a person (every happening that matched one of its triggers). */
  whyNot(key: string, person: string, rule: string, stream?: string): Promise<Answer<WhyNotAnswer>>;
  /** The records of this worker's share, simulated again, as sorted runs (for `exportMerge`). */
  exportShare(key: string, slice: Slice): Promise<Answer<RecordRuns>>;
  /**
   * The records of all shares' runs (in share order) merged into the command line's output, handed
   * to `onChunk` as UTF-8 chunks in order; answers the number of bytes written.
   */
  exportMerge(
    key: string,
    format: ExportFormat,
    runs: Uint8Array[],
    onChunk: (chunk: Uint8Array) => unknown,
  ): Promise<Answer<number>>;
}
