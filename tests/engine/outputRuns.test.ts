/**
 * Output longer than memory (engine/output/write.ts): records sorted in runs kept outside memory
 * and merged back must be the in-memory output, byte for byte, whatever the run size: the shared
 * scenarios, a generated audience under recipient time zone (sends stamped later than they are
 * decided, so each person's records are out of time order), random scenarios, and records with
 * many equal instants (ties keep the order they were collected in).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { yearOfWeeklyCasts } from '../../bench/programs';
import {
  CAUSE,
  compileScenario,
  type Format,
  outputChunks,
  RecordBuffer,
  type RunStore,
  type SimulationPlan,
  writeOutput,
} from '../../src/engine';
import { RunMerger } from '../../src/engine/output/mergeRuns';
import { formatProblem, parseScenario, parseScenarioText, type Scenario } from '../../src/model';
import { scenarioArb } from '../fixtures/arbitraries';

/** Runs kept in memory: what the command line keeps in a temporary file. */
class MemoryRuns implements RunStore {
  readonly runs: Uint8Array[] = [];
  save(run: Uint8Array) {
    this.runs.push(run.slice());
  }
  read(run: number, offset: number, into: Uint8Array): number {
    const bytes = this.runs[run]!;
    const n = Math.min(into.length, bytes.length - offset);
    into.set(bytes.subarray(offset, offset + n));
    return n;
  }
}

function planOf(scenario: Scenario): SimulationPlan {
  const parsed = parseScenario(JSON.parse(JSON.stringify(scenario)));
  if (!parsed.ok) return expect.fail(parsed.problems.map(formatProblem).join('\n'));
  const compiled = compileScenario(parsed.scenario);
  if (!compiled.ok) return expect.fail(compiled.problems.map(formatProblem).join('\n'));
  return compiled.plan;
}

function inMemory(plan: SimulationPlan, format: Format): string {
  let text = '';
  writeOutput(plan, format, (chunk) => (text += chunk));
  return text;
}

function inRuns(plan: SimulationPlan, format: Format, capacity: number) {
  const store = new MemoryRuns();
  const text = [...outputChunks(plan, format, { capacity, store })].join('');
  return { text, runs: store.runs.length };
}

const SCENARIOS = fileURLToPath(new URL('../../../shared/scenarios/', import.meta.url));

describe('output sorted in runs outside memory', () => {
  it('is byte for byte the in-memory output for every shared scenario, in JSON Lines and CSV', () => {
    const files = readdirSync(SCENARIOS).filter((f) => /^ex\d+.*\.json$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const file of files) {
      const parsed = parseScenarioText(readFileSync(SCENARIOS + file, 'utf8'));
      if (!parsed.ok) return expect.fail(file);
      const plan = planOf(parsed.scenario);
      const records = inMemory(plan, 'jsonl').split('\n').length - 1;
      for (const format of ['jsonl', 'csv'] as const) {
        const expected = inMemory(plan, format);
        for (const capacity of [1, 2, 5]) {
          const { text, runs } = inRuns(plan, format, capacity);
          expect(text, `${file} ${format} in runs of ${capacity}`).toBe(expected);
          // Output that fits is never written to the store.
          expect(runs).toBe(records > capacity ? Math.ceil(records / capacity) : 0);
        }
      }
    }
  });

  it('is the in-memory output for a generated audience under recipient time zone and limits', () => {
    const plan = planOf(yearOfWeeklyCasts(300, { rtz: true, limits: true }));
    const expected = inMemory(plan, 'jsonl');
    expect(expected.split('\n').length).toBeGreaterThan(6000);
    // 2500 records a run: more than one block of a run is read back (2048 records a block).
    for (const capacity of [2500, 977]) {
      const { text, runs } = inRuns(plan, 'jsonl', capacity);
      expect(text).toBe(expected);
      expect(runs).toBeGreaterThan(2);
    }
    // Output that fits is not written to the store at all.
    expect(inRuns(plan, 'jsonl', 1 << 20)).toEqual({ text: expected, runs: 0 });
  });

  it('is the in-memory output for random scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 40 }), (doc, capacity) => {
        const plan = planOf(doc);
        expect(inRuns(plan, 'jsonl', capacity).text).toBe(inMemory(plan, 'jsonl'));
      }),
      { numRuns: 60 },
    );
  });

  it('merges runs of records with many equal instants in the order they were collected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 50 }),
        (instants, capacity) => {
          // The person is the record's position: the merged order must keep it among equals.
          const all = new RecordBuffer();
          const store = new MemoryRuns();
          const spilled = new RecordBuffer({
            capacity,
            onFull: (full) => {
              store.save(full.packSorted());
              full.clear();
            },
          });
          instants.forEach((at, person) => {
            all.remove(at * 60_000, person);
            spilled.remove(at * 60_000, person);
          });
          if (spilled.size > 0) store.save(spilled.packSorted());
          const merged: number[] = [];
          const merger = new RunMerger(store, store.runs.length);
          const names = { person: String, stream: String, content: String, cause: String };
          for (let c = merger.next(); c !== null; c = merger.next())
            merged.push(Number(c.record(names).person));
          expect(merged).toEqual([...all.order()]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('asks the owner of a full buffer to empty it, and refuses to grow past its capacity', () => {
    const buffer = new RecordBuffer({ capacity: 2, onFull: () => {} });
    buffer.move(0, 0, -1, 0, CAUSE.event, 0);
    buffer.move(0, 1, -1, 0, CAUSE.event, 0);
    expect(() => buffer.move(0, 2, -1, 0, CAUSE.event, 0)).toThrow(/must clear/);
  });
});
