/**
 * Compiles scripted events: per-person timelines as typed-array columns, and the program edits that
 * change the content. Events are added one at a time in file order (from the document's array, or
 * straight from a file being read in batches), so no object per event outlives its batch.
 */
import type { ProgramEdit as ProgramEditEvent, Scalar, ScenarioEvent, Stream } from '../../model';
import { parseDateTime } from '../time/zones';
import { attributeIndex, type NameIndex } from './filters';
import type { IdIndex } from './idIndex';

export const EV = {
  add: 0,
  move: 1,
  pause: 2,
  resume: 3,
  remove: 4,
  set: 5,
  fillsOutForm: 6,
  opens: 7,
  clicks: 8,
  unsubscribe: 9,
  resubscribe: 10,
  externalEmail: 11,
} as const;
export type PersonEventKind = (typeof EV)[keyof typeof EV];

/** One row of the columns, as the simulator and the tracers read it (see eventCursor.ts). */
export interface PersonEvent {
  at: number;
  kind: PersonEventKind;
  /** add/move: stream index (add without a stream: the first stream, semantics 15). */
  stream: number;
  attr: number;
  value: Scalar;
  form: string;
  content: number;
  operational: boolean;
  /** Position in the file's `events`, for explanations. */
  fileIndex: number;
}

export type ProgramEdit =
  | { at: number; kind: 'switch'; content: number; active: boolean; fileIndex: number }
  | { at: number; kind: 'reorder'; stream: number; order: Int16Array; fileIndex: number }
  | { at: number; kind: 'status'; on: boolean; fileIndex: number };

/**
 * Person events as columns, one row per event. Person p's rows are `start[p]` to `start[p + 1]`
 * (file people only), in time order then file order (semantics 3).
 */
export interface CompiledEvents {
  start: Int32Array;
  at: Float64Array;
  kind: Uint8Array;
  stream: Int32Array;
  /** set: attribute index; otherwise -1. */
  attr: Int32Array;
  /** set: the new value, fillsOutForm: the form, as an index into `values`; otherwise -1. */
  value: Int32Array;
  values: Scalar[];
  /** opens/clicks: content index; otherwise -1. */
  content: Int32Array;
  operational: Uint8Array;
  fileIndex: Int32Array;
  edits: ProgramEdit[];
  /** The earliest and latest instant of any event (edits too), for the simulation range. */
  firstAt: number;
  lastAt: number;
}

/** By type, not by a `person` key: an edit may carry one as an unknown key. */
const isEdit = (e: ScenarioEvent): e is ProgramEditEvent =>
  e.type === 'activate' ||
  e.type === 'deactivate' ||
  e.type === 'reorder' ||
  e.type === 'programStatus';

/** Distinct `at` strings remembered: files repeat the same few instants for many people. */
const AT_CACHE_LIMIT = 1 << 16;

/**
 * Collects events in file order. `add` returns false for an event whose references do not hold
 * (an unknown stream or item, an email where a program is expected...); the bytes reader then
 * falls back to the full validation, which names the problem. Person ids are resolved in
 * `finish`, once the people are known: events are read first so that the attributes they set
 * have an index before the people's attribute columns are built.
 */
export class EventColumnsBuilder {
  private rows = 0;
  private readonly person: string[] = [];
  private at: Float64Array;
  private kind: Uint8Array;
  private stream: Int32Array;
  private attr: Int32Array;
  private value: Int32Array;
  private readonly values: Scalar[] = [];
  private content: Int32Array;
  private operational: Uint8Array;
  private fileIndex: Int32Array;
  private readonly edits: ProgramEdit[] = [];
  /** Ids in the `person` key of program edits (allowed as an unknown key; must exist). */
  private readonly editPeople: string[] = [];
  private readonly atCache = new Map<string, number>();
  private firstAt = Infinity;
  private lastAt = -Infinity;
  private next = 0;

  /** `capacity`: the number of events there will be (an upper bound on person events). */
  constructor(
    capacity: number,
    private readonly index: NameIndex,
    /** Per content index, 1 for an email (opens and clicks must name one). */
    private readonly isEmail: Uint8Array,
    private readonly streams: readonly Stream[],
    private readonly zone: string,
  ) {
    this.at = new Float64Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.stream = new Int32Array(capacity);
    this.attr = new Int32Array(capacity);
    this.value = new Int32Array(capacity);
    this.content = new Int32Array(capacity);
    this.operational = new Uint8Array(capacity);
    this.fileIndex = new Int32Array(capacity);
  }

  private instant(text: string): number {
    let at = this.atCache.get(text);
    if (at === undefined) {
      at = parseDateTime(text, this.zone);
      if (this.atCache.size >= AT_CACHE_LIMIT) this.atCache.clear();
      this.atCache.set(text, at);
    }
    return at;
  }

  add(e: ScenarioEvent): boolean {
    const fileIndex = this.next++;
    if (isEdit(e)) return this.addEdit(e, fileIndex);
    const at = this.instant(e.at);
    this.extend(at);
    const index = this.index;
    const r = this.rows++;
    this.person.push(e.person);
    this.at[r] = at;
    this.kind[r] = EV[e.type];
    this.fileIndex[r] = fileIndex;
    let stream = 0;
    let attr = -1;
    let value = -1;
    let content = -1;
    switch (e.type) {
      case 'add':
      case 'move':
      case 'pause':
      case 'resume': {
        if (this.streams.length === 0) return false; // a join needs a stream
        const id = e.type === 'add' || e.type === 'move' ? e.stream : undefined;
        if (id !== undefined) {
          const s = index.stream.get(id);
          if (s === undefined) return false;
          stream = s;
        }
        break;
      }
      case 'set':
        // Attributes changed by events need an index even if no rule reads them.
        attr = attributeIndex(index, e.attribute);
        value = this.values.push(e.value) - 1;
        break;
      case 'fillsOutForm':
        value = this.values.push(e.form) - 1;
        break;
      case 'opens':
      case 'clicks': {
        const c = index.content.get(e.content);
        if (c === undefined || this.isEmail[c] !== 1) return false;
        content = c;
        break;
      }
      case 'externalEmail':
        this.operational[r] = e.operational === true ? 1 : 0;
        break;
    }
    this.stream[r] = stream;
    this.attr[r] = attr;
    this.value[r] = value;
    this.content[r] = content;
    return true;
  }

  private addEdit(e: ProgramEditEvent, fileIndex: number): boolean {
    const at = this.instant(e.at);
    this.extend(at);
    // Unknown keys are allowed, but a `person` an edit carries must still be a listed person.
    const person = (e as { person?: unknown }).person;
    if (typeof person === 'string') this.editPeople.push(person);
    switch (e.type) {
      case 'activate':
      case 'deactivate': {
        const content = this.index.content.get(e.content);
        if (content === undefined) return false;
        this.edits.push({ at, kind: 'switch', content, active: e.type === 'activate', fileIndex });
        return true;
      }
      case 'reorder':
        return this.addReorder(at, e.stream, e.order, fileIndex);
      case 'programStatus':
        this.edits.push({ at, kind: 'status', on: e.status === 'on', fileIndex });
        return true;
    }
  }

  private extend(at: number) {
    if (at < this.firstAt) this.firstAt = at;
    if (at > this.lastAt) this.lastAt = at;
  }

  /** A reorder lists every item of its stream exactly once. */
  private addReorder(at: number, streamId: string, order: string[], fileIndex: number): boolean {
    const s = this.index.stream.get(streamId);
    if (s === undefined) return false;
    const items = this.streams[s]!.content ?? [];
    if (order.length !== items.length) return false;
    const slotOf = new Map(items.map((c, i) => [c.id, i]));
    const slots = new Int16Array(order.length);
    const seen = new Set<string>();
    for (let i = 0; i < order.length; i++) {
      const slot = slotOf.get(order[i]!);
      if (slot === undefined || seen.size === seen.add(order[i]!).size) return false;
      slots[i] = slot;
    }
    this.edits.push({ at, kind: 'reorder', stream: s, order: slots, fileIndex });
    return true;
  }

  /**
   * The columns grouped by person (`personIndex` maps file people's ids to their index), or null
   * when an event names a person the file does not list. Call once: the builder is spent.
   */
  finish(personIndex: IdIndex, explicitCount: number): CompiledEvents | null {
    for (const id of this.editPeople) if (personIndex.get(id) < 0) return null;
    const rows = this.rows;
    const owner = new Int32Array(rows);
    const start = new Int32Array(explicitCount + 1);
    for (let r = 0, p = -1; r < rows; r++) {
      p = personIndex.getNear(this.person[r]!, p);
      if (p < 0) return null;
      owner[r] = p;
      start[p + 1]!++;
    }
    for (let p = 0; p < explicitCount; p++) start[p + 1]! += start[p]!;
    // A counting sort by person keeps file order within each person.
    const order = new Int32Array(rows);
    const fill = start.slice(0, explicitCount);
    for (let r = 0; r < rows; r++) order[fill[owner[r]!]!++] = r;
    for (let p = 0; p < explicitCount; p++) sortByTime(order, start[p]!, start[p + 1]!, this.at);
    this.edits.sort((a, b) => a.at - b.at); // stable: same-instant edits keep file order
    this.person.length = 0;
    // Each column in person order, the file-order one let go at once (a million events: 32 MB).
    const pick = <T extends Float64Array | Int32Array | Uint8Array>(column: T, out: T): T => {
      for (let i = 0; i < rows; i++) out[i] = column[order[i]!]!;
      return out;
    };
    this.at = pick(this.at, new Float64Array(rows));
    this.kind = pick(this.kind, new Uint8Array(rows));
    this.stream = pick(this.stream, new Int32Array(rows));
    this.attr = pick(this.attr, new Int32Array(rows));
    this.value = pick(this.value, new Int32Array(rows));
    this.content = pick(this.content, new Int32Array(rows));
    this.operational = pick(this.operational, new Uint8Array(rows));
    this.fileIndex = pick(this.fileIndex, new Int32Array(rows));
    return {
      start,
      at: this.at,
      kind: this.kind,
      stream: this.stream,
      attr: this.attr,
      value: this.value,
      values: this.values,
      content: this.content,
      operational: this.operational,
      fileIndex: this.fileIndex,
      edits: this.edits,
      firstAt: this.firstAt,
      lastAt: this.lastAt,
    };
  }
}

/** Sorts rows order[from..to) by instant, same instants in file order (row numbers ascend). */
function sortByTime(order: Int32Array, from: number, to: number, at: Float64Array) {
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++) sorted = at[order[i - 1]!]! <= at[order[i]!]!;
  if (sorted) return;
  const part = Array.from(order.subarray(from, to));
  part.sort((a, b) => at[a]! - at[b]! || a - b);
  order.set(part, from);
}
