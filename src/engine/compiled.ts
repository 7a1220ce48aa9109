/**
 * The scenario compiled for the simulator: ids become indices, dates become day numbers and
 * instants, and everything that is the same for every person (the cast calendar, which items are
 * eligible at each cast, the batch-move schedule) is computed once, before any person is simulated.
 */
import type { Scalar } from '../model';

export type Rates = { open: number; click: number; unsubscribe: number };
/** A rate left open by an override: fall through to the next level. */
export type PartialRates = { open?: number; click?: number; unsubscribe?: number };

export const FILTER = {
  attribute: 0,
  received: 1,
  opened: 2,
  clicked: 3,
  exhausted: 4,
  cadence: 5,
  inStream: 6,
} as const;

export type CompiledFilter =
  | { kind: 0; attr: number; op: string; value: Scalar | Scalar[] }
  | { kind: 1 | 2 | 3; content: number } // content -1 = any (opened/clicked)
  | { kind: 4; value: boolean }
  | { kind: 5; paused: boolean }
  | { kind: 6; stream: number };

export const TRIGGER = {
  attributeChanged: 0,
  fillsOutForm: 1,
  clicksEmail: 2,
  opensEmail: 3,
  addedToProgram: 4,
  streamChanged: 5,
} as const;
export type TriggerKind = (typeof TRIGGER)[keyof typeof TRIGGER];

export interface CompiledTrigger {
  kind: TriggerKind;
  /** attributeChanged: attribute index; otherwise -1. */
  attr: number;
  /** Optional condition on the new value (attributeChanged). */
  to: { op: string; value: Scalar | Scalar[] } | null;
  /** fillsOutForm: form name or null for any. */
  form: string | null;
  /** clicksEmail/opensEmail: content index or -1 for any; streamChanged: stream index or -1. */
  target: number;
}

export interface CompiledRule {
  id: string;
  /** Destination stream (rules pull, R47). */
  stream: number;
  /** Index in program-wide rule order, for record causes. */
  index: number;
  triggers: CompiledTrigger[];
  filters: CompiledFilter[];
}

export interface Slot {
  content: number;
  initialActive: boolean;
  /** Availability window as inclusive day numbers (R9); open ends are -Infinity/Infinity. */
  from: number;
  through: number;
  qualify: CompiledFilter[];
  behavior: PartialRates | null;
}

/** One stream's casts, by index k in time order; flat typed arrays for the per-person loop. */
export interface CastTable {
  count: number;
  /** The cadence's time of day, minutes after midnight (wall clock). */
  minutes: number;
  /** Cast date (day number, program zone). */
  day: Int32Array;
  /** Cast instant in the program zone: stamps program, blocked and exhausted records. */
  at: Float64Array;
  /** Recipient-set instant (R23, semantics 7): when the cast's audience and decisions are fixed. */
  setAt: Float64Array;
  /** 1 when the program is off at the recipient-set instant (R6): the cast is lost. */
  lost: Uint8Array;
  /** Eligible slots of cast k, in priority order: eligSlot[eligStart[k] .. eligStart[k+1]). */
  eligStart: Int32Array;
  eligSlot: Int16Array;
  eligContent: Int32Array;
  /** The same eligible items as a content bitset per cast (`words` per cast), for R38 in O(words). */
  eligMask: Uint32Array;
  /** Program snapshot in force at cast k (item order and switches), for explanations. */
  snapshot: Int32Array;
}

export interface CompiledStream {
  id: string;
  name: string;
  index: number;
  slots: Slot[];
  rtz: boolean;
  casts: CastTable;
  /** Offset of this stream's eligible entries in program-wide per-entry counters. */
  entryBase: number;
}

export interface BatchMoveDef {
  id: string;
  index: number;
  from: number; // -1 = every stream
  to: number;
  filters: CompiledFilter[];
}

/** Item order and on/off switches after each program edit (R8, R11, semantics 16). */
export interface ProgramSnapshot {
  at: number;
  order: Int16Array[];
  active: Uint8Array[];
  on: boolean;
}

export interface CompiledProgram {
  id: string;
  name: string;
  zone: string;
  contentIds: string[];
  contentNames: string[];
  isEmail: Uint8Array;
  /** Words per person in a content bitset. */
  words: number;
  /** Bitset with the bits of program items set: kept on remove (R52). */
  programMask: Uint32Array;
  streams: CompiledStream[];
  rules: CompiledRule[];
  /** Rules per trigger kind, ordered by destination display index then rule order (R49). */
  rulesByTrigger: CompiledRuleTrigger[][];
  batchMoves: BatchMoveDef[];
  /** Instants the batch moves run, ascending (daily at each distinct time). */
  batchAt: Float64Array;
  /** For each batchAt entry, the batch moves due then, in array order. */
  batchDue: number[][];
  attributes: string[];
  limits: { perDay: number; per7Days: number } | null;
  behavior: PartialRates | null;
  snapshots: ProgramSnapshot[];
  totalEntries: number;
}

export interface CompiledRuleTrigger {
  rule: CompiledRule;
  trigger: CompiledTrigger;
}

export const bitIsSet = (bits: Uint32Array, base: number, index: number): boolean =>
  (bits[base + (index >>> 5)]! & (1 << (index & 31))) !== 0;
