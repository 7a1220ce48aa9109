/**
 * The page's handle on the simulation workers. It sends each worker the document as UTF-8 JSON
 * pieces (partEncoder.ts), only those the worker does not have yet, splits a large audience across
 * workers (people never affect each other, so each simulates a contiguous share and the counts add
 * up), and routes the views' questions to the workers that hold the answers.
 */
import type {
  CastPeople,
  PeopleFilter,
  PeopleRows,
  PersonExplanation,
  PreviewAggregates,
  WhyNotAnswer,
} from '../engine';
// From its own file, not the engine's index: the app creates the pool with its first page.
import { mergeAggregates } from '../engine/preview/merge';
import type {
  Answer,
  ExportFormat,
  LoadResult,
  Progress,
  RunOutcome,
  Slice,
} from '../worker/protocol';
import type { Endpoint } from './endpoints';
import { DocumentSender } from './documentSender';
import { pauseForEvents, type Pause } from './partEncoder';
import { exportShares } from './poolExport';

/** Below this many people per worker, one more worker costs more (its own compile) than it saves. */
export const PEOPLE_PER_WORKER = 50_000;
interface WorkerSlot {
  endpoint: Endpoint;
}

export type PoolRunOutcome =
  | { ok: true; runId: number; aggregates: PreviewAggregates; workers: number }
  | { ok: false; runId: number; cancelled: true }
  | { ok: false; runId: number; missing: true };

/** Splits `people` into `n` contiguous shares of nearly equal size. */
export function shares(people: number, n: number): Slice[] {
  const size = Math.ceil(people / n);
  return Array.from({ length: n }, (_, i) => ({
    start: Math.min(people, i * size),
    end: Math.min(people, (i + 1) * size),
  }));
}

export class SimulationPool {
  private readonly slots: WorkerSlot[] = [];
  private readonly documents = new Map<string, Record<string, unknown>>();
  /** Which worker holds which share of the last complete run of a key (for people filters). */
  private readonly runShares = new Map<string, { slot: number; slice: Slice }[]>();

  private readonly sender: DocumentSender;

  constructor(
    private readonly spawn: () => Endpoint,
    readonly size: number,
    private readonly perWorker = PEOPLE_PER_WORKER,
    pause: Pause = pauseForEvents,
  ) {
    this.sender = new DocumentSender(pause);
  }

  private slot(i: number): WorkerSlot {
    while (this.slots.length <= i) this.slots.push({ endpoint: this.spawn() });
    return this.slots[i]!;
  }

  private loadInto(i: number, source: string): Promise<LoadResult> {
    return this.sender.send(
      this.slot(i).endpoint.service,
      source,
      this.documents.get(source) ?? {},
    );
  }

  /** Makes `doc` the current document of `source` and compiles it in the first worker. */
  load(source: string, doc: object): Promise<LoadResult> {
    this.documents.set(source, doc as Record<string, unknown>);
    return this.loadInto(0, source);
  }

  workersFor(people: number): number {
    return Math.min(this.size, Math.max(1, Math.ceil(people / this.perWorker)));
  }

  /** Runs everyone in `key` (the current document of `source`), split across workers. */
  async run(
    source: string,
    key: string,
    runId: number,
    people: number,
    onProgress?: (progress: Progress) => void,
  ): Promise<PoolRunOutcome> {
    const n = this.workersFor(people);
    // The other workers compile the same document, side by side; a different key means it
    // changed meanwhile.
    const others = Array.from({ length: n - 1 }, (_, i) => this.loadInto(i + 1, source));
    for (const loaded of await Promise.all(others))
      if (loaded.key !== key) return { ok: false, runId, cancelled: true };
    const slices = shares(people, n);
    const done = new Array<number>(n).fill(0);
    const outcomes: RunOutcome[] = await Promise.all(
      slices.map((slice, i) =>
        this.slot(i).endpoint.service.run(key, runId, slice, (p) => {
          done[i] = p.done;
          onProgress?.({ runId, done: done.reduce((a, b) => a + b, 0), total: people });
        }),
      ),
    );
    const failed = outcomes.find((o) => !o.ok);
    if (failed !== undefined && !failed.ok)
      return 'missing' in failed
        ? { ok: false, runId, missing: true }
        : { ok: false, runId, cancelled: true };
    this.runShares.set(
      key,
      slices.map((slice, slot) => ({ slot, slice })),
    );
    const parts = outcomes.map((o) => (o.ok ? o.aggregates : null)).filter((a) => a !== null);
    return { ok: true, runId, aggregates: mergeAggregates(parts), workers: n };
  }

  cancel(runId: number) {
    for (const slot of this.slots) slot.endpoint.service.cancel(runId);
  }

  /** Everyone matching `filter`, in audience order, from every worker's share. */
  async query(key: string, filter: PeopleFilter): Promise<Answer<Int32Array>> {
    const held = this.runShares.get(key);
    if (held === undefined) return { ok: false, missing: true };
    const answers = await Promise.all(
      held.map(({ slot }) => this.slot(slot).endpoint.service.query(key, filter)),
    );
    const parts: Int32Array[] = [];
    for (const answer of answers) {
      if (!answer.ok) return answer;
      parts.push(answer.value);
    }
    const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return { ok: true, value: out };
  }

  /** Who was at these casts, from every worker's share, in audience order. */
  async castPeople(key: string, casts: number[]): Promise<Answer<CastPeople>> {
    const held = this.runShares.get(key);
    if (held === undefined) return { ok: false, missing: true };
    const answers = await Promise.all(
      held.map(({ slot }) => this.slot(slot).endpoint.service.castPeople(key, casts)),
    );
    const parts: CastPeople[] = [];
    for (const answer of answers) {
      if (!answer.ok) return answer;
      parts.push(answer.value);
    }
    const join = <A extends Int32Array | Uint8Array>(
      pick: (p: CastPeople) => A,
      make: (n: number) => A,
    ) => {
      const out = make(parts.reduce((n, p) => n + pick(p).length, 0));
      let at = 0;
      for (const part of parts) {
        out.set(pick(part), at);
        at += pick(part).length;
      }
      return out;
    };
    return {
      ok: true,
      value: {
        persons: join(
          (p) => p.persons,
          (n) => new Int32Array(n),
        ),
        cast: join(
          (p) => p.cast,
          (n) => new Int32Array(n),
        ),
        outcome: join(
          (p) => p.outcome,
          (n) => new Uint8Array(n),
        ),
        content: join(
          (p) => p.content,
          (n) => new Int32Array(n),
        ),
        flags: join(
          (p) => p.flags,
          (n) => new Uint8Array(n),
        ),
      },
    };
  }

  rows(key: string, persons: Int32Array): Promise<Answer<PeopleRows>> {
    return this.slot(0).endpoint.service.rows(key, persons);
  }

  explain(key: string, person: string): Promise<Answer<PersonExplanation>> {
    return this.slot(0).endpoint.service.explain(key, person);
  }

  whyNot(
    key: string,
    person: string,
    rule: string,
    stream?: string,
  ): Promise<Answer<WhyNotAnswer>> {
    return this.slot(0).endpoint.service.whyNot(key, person, rule, stream);
  }

  /** Every record of `key`'s last run as the command line writes it, merged from every share. */
  exportRecords(key: string, format: ExportFormat): Promise<Answer<Blob>> {
    const held = this.runShares.get(key);
    if (held === undefined) return Promise.resolve({ ok: false, missing: true });
    return exportShares(
      held.map(({ slot, slice }) => ({ service: this.slot(slot).endpoint.service, slice })),
      this.slot(0).endpoint.service,
      key,
      format,
    );
  }

  dispose() {
    for (const slot of this.slots) slot.endpoint.dispose();
    this.slots.length = 0;
  }
}
