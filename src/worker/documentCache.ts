/**
 * The worker's memory of documents and compiled plans. Each source (an open editor) sends only the
 * parts of its document that changed; the worker keeps the current document per source, keys it by
 * its content, and compiles a key once: an undo, or a second worker asked for the same program,
 * finds the plan already made.
 */
import {
  buildFrame,
  compileScenario,
  type PersonColumns,
  type PreviewFrame,
  type SimulationPlan,
} from '../engine';
import { parseScenario, type Person, type Problem } from '../model';
import type { DocumentUpdate } from './protocol';

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

/** A 53-bit string hash (cyrb53): content keys, not security. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export class DocumentCache {
  private readonly documents = new Map<string, Record<string, unknown>>();
  /** Hash of each part object, by identity: unchanged parts are not serialised again. */
  private readonly partHashes = new WeakMap<object, string>();
  private readonly compiled = new Map<string, Compiled>();

  /** Applies an update from `source` and returns the content key of its document. */
  update(source: string, update: DocumentUpdate): { key: string; doc: Record<string, unknown> } {
    const doc = { ...(this.documents.get(source) ?? {}) };
    for (const key of update.drop) delete doc[key];
    Object.assign(doc, update.set);
    this.documents.set(source, doc);
    const parts = Object.keys(doc)
      .sort()
      .map((name) => `${name}:${this.hashPart(doc[name])}`);
    return { key: hashText(parts.join('|')), doc };
  }

  private hashPart(value: unknown): string {
    if (value === null || typeof value !== 'object') return hashText(JSON.stringify(value) ?? '');
    let hash = this.partHashes.get(value);
    if (hash === undefined) {
      hash = `${hashText(JSON.stringify(value))}`;
      this.partHashes.set(value, hash);
    }
    return hash;
  }

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
