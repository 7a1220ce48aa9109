/**
 * The worker's memory of compiled plans. Each source (an open editor) sends only the pieces of its
 * document that changed (pieceStore.ts keeps them and keys the document by its content); a key is
 * compiled once: an undo, or a second worker asked for the same program, finds the plan already made.
 */
import {
  buildFrame,
  compileScenario,
  type PersonColumns,
  type PreviewFrame,
  type SimulationPlan,
} from '../engine';
import { parseScenario, type Person, type Problem } from '../model';

export interface CompiledEntry {
  plan: SimulationPlan;
  frame: PreviewFrame;
  filePeople: readonly Person[];
  /** This worker's share of the last completed run, for the people grid's filters. */
  columns: PersonColumns | null;
}

export type Compiled = { ok: true; entry: CompiledEntry } | { ok: false; problems: Problem[] };

/** Plans kept: the current one, and a few to come back to with undo. */
const PLANS = 4;

/** The compiled plans of documents, by content key (the documents come from pieceStore.ts). */
export class DocumentCache {
  private readonly compiled = new Map<string, Compiled>();

  /** The compiled plan of `key`, compiling `doc` when it is not cached. */
  compile(key: string, doc: Record<string, unknown>): Compiled {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const parsed = parseScenario(doc);
    let result: Compiled;
    if (!parsed.ok) result = { ok: false, problems: parsed.problems };
    else {
      const compiled = compileScenario(parsed.scenario);
      result = compiled.ok
        ? {
            ok: true,
            entry: {
              plan: compiled.plan,
              frame: buildFrame(compiled.plan),
              filePeople: parsed.scenario.people ?? [],
              columns: null,
            },
          }
        : { ok: false, problems: compiled.problems };
    }
    this.compiled.set(key, result);
    while (this.compiled.size > PLANS) this.compiled.delete(this.compiled.keys().next().value!);
    return result;
  }

  /** A cached plan, marked as recently used. */
  get(key: string): Compiled | undefined {
    const hit = this.compiled.get(key);
    if (hit !== undefined) {
      this.compiled.delete(key);
      this.compiled.set(key, hit);
    }
    return hit;
  }
}
