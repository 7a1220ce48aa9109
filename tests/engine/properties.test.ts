/**
 * Properties of the simulator over random but valid scenarios (tests/fixtures/arbitraries.ts). Each
 * property names the rule it checks; the expected side is read from the input alone
 * (tests/fixtures/timeline.ts), never from the engine's own bookkeeping.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileScenario,
  namesOf,
  RecordBuffer,
  simulateRecords,
  simulateSummary,
  startSimulation,
  type SimRecord,
  type SimulationPlan,
} from '../../src/engine';
import { formatProblem, parseScenario, type Scenario } from '../../src/model';
import { scenarioArb } from '../fixtures/arbitraries';
import { weekly } from '../fixtures/builders';
import {
  cadenceAt,
  castOf,
  checkExhaustion,
  eligibleAt,
  programOnAt,
  timedEvents,
} from '../fixtures/timeline';

/** LANECAST_PROPERTY_RUNS=3000 for a deeper search (about 70 s); the default takes about 5 s. */
const RUNS = Number(process.env.LANECAST_PROPERTY_RUNS ?? 200);
const TIMEOUT = 60_000;

/**
 * Found by these properties (fixed in 869080e) and tried first on every run: p1, not yet a member,
 * opens E1 at a batch-move instant; joining S2 a day later replayed that batch move in the past, so
 * p1 was moved S2 -> S1 before joining and got S1's cast of 3/2 (R25, R33, R41).
 */
const REGRESSIONS: Scenario[] = [
  {
    format: 'lanecast',
    version: 1,
    program: {
      id: 'prop',
      timeZone: 'America/New_York',
      streams: [
        {
          id: 'S1',
          cadence: weekly('2025-02-24', ['sun'], '00:00'),
          content: [{ id: 'E1', type: 'email' }],
        },
        { id: 'S2', cadence: { type: 'none' } },
      ],
      batchMoves: [{ id: 'b1', to: 'S1', time: '00:00' }],
    },
    people: [{ id: 'p1' }],
    events: [
      { at: '2025-03-01T00:00', person: 'p1', type: 'opens', content: 'E1' },
      { at: '2025-03-02T00:01', person: 'p1', type: 'add', stream: 'S2' },
    ],
    simulation: { from: '2025-02-24' },
  },
];

/** Parses a generated document (asserting it is valid) and simulates it. */
function simulate(doc: Scenario): {
  scenario: Scenario;
  records: SimRecord[];
  plan: SimulationPlan;
} {
  const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) expect.fail(parsed.problems.map(formatProblem).join('\n'));
  const result = simulateRecords(parsed.scenario);
  if (!result.ok) expect.fail(result.problems.map(formatProblem).join('\n'));
  return { scenario: parsed.scenario, records: result.value, plan: result.plan };
}

type CastRecord = Extract<SimRecord, { type: 'send' | 'program' | 'blocked' }>;
const castRecords = (records: SimRecord[]) =>
  records.filter(
    (r): r is CastRecord => r.type === 'send' || r.type === 'program' || r.type === 'blocked',
  );

/** A property over generated scenarios, with the regressions tried first. */
function property(name: string, predicate: (doc: Scenario) => void) {
  it(name, { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(scenarioArb, predicate), {
      numRuns: RUNS,
      examples: REGRESSIONS.map((doc) => [doc]),
    });
  });
}

describe('generated scenarios', () => {
  property('are valid scenario files', (doc) => {
    const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([]);
  });
});

describe('casts', () => {
  property('give a person at most one item per cast (R26, R22)', (doc) => {
    const { scenario, records } = simulate(doc);
    const seen = new Map<string, string>();
    for (const r of castRecords(records)) {
      const key = `${r.person} ${r.stream} ${castOf(scenario, r).castDate}`;
      expect(seen.get(key), `${key}: ${r.type} ${r.content}`).toBeUndefined();
      seen.set(key, `${r.type} ${r.content}`);
    }
  });

  property(
    'never send an email twice to a person, unless removed in between (R14, R50, R52)',
    (doc) => {
      const { scenario, records } = simulate(doc);
      // Removes at a send's decision instant apply first (R33), so they sort before it.
      const removes = timedEvents(scenario).flatMap(({ event, at }) =>
        event.type === 'remove' ? [{ at, order: 0, person: event.person, content: '' }] : [],
      );
      const sends = records.flatMap((r) =>
        r.type === 'send'
          ? [{ at: castOf(scenario, r).decidedAt, order: 1, person: r.person, content: r.content }]
          : [],
      );
      const had = new Map<string, Set<string>>();
      for (const step of [...removes, ...sends].sort((a, b) => a.at - b.at || a.order - b.order)) {
        const set = had.get(step.person) ?? new Set<string>();
        had.set(step.person, set);
        if (step.order === 0) set.clear();
        else {
          expect(set.has(step.content), `${step.person} got ${step.content} twice`).toBe(false);
          set.add(step.content);
        }
      }
    },
  );

  property(
    'run a program item at most once per person, even across removes (R15, R28, R52)',
    (doc) => {
      const { scenario, records } = simulate(doc);
      const runs = records.flatMap((r) =>
        r.type === 'program' ? [`${r.person} ${r.content}`] : [],
      );
      const prior = (scenario.people ?? []).flatMap((p) =>
        (p.programs ?? []).map((c) => `${p.id} ${c}`),
      );
      const all = [...prior, ...runs];
      expect(all.length).toBe(new Set(all).size);
    },
  );

  property(
    'give a paused person nothing, and a non-member nothing (R25, R54, semantics 14)',
    (doc) => {
      const { scenario, records } = simulate(doc);
      const events = timedEvents(scenario);
      for (const r of castRecords(records)) {
        const where = `${r.type} ${r.at} ${r.person} ${r.stream} ${r.content}`;
        expect(cadenceAt(events, r.person, castOf(scenario, r).decidedAt), where).toBe('normal');
      }
    },
  );

  property(
    'cast only active items inside their window, while the program is on (R6, R8-R10)',
    (doc) => {
      const { scenario, records } = simulate(doc);
      const events = timedEvents(scenario);
      for (const r of castRecords(records)) {
        const cast = castOf(scenario, r);
        const where = `${r.type} ${r.at} ${r.person} ${r.stream} ${r.content} (${cast.castDate})`;
        expect(eligibleAt(scenario, events, cast), where).toContain(r.content);
        expect(programOnAt(scenario, events, cast.decidedAt), where).toBe(true);
      }
    },
  );
});

describe('membership', () => {
  property(
    'moves a person along one chain; casts reach them in their stream (R3, R25, R52)',
    (doc) => {
      const { scenario, records } = simulate(doc);
      // Cast records at their decision instant (R23), after moves at that instant (semantics 3).
      const key = (r: SimRecord, i: number): [number, number, number] =>
        r.type === 'move' || r.type === 'remove' || r.type === 'exhausted'
          ? [Date.parse(r.at), 0, i]
          : [castOf(scenario, r).decidedAt, 1, i];
      for (const person of scenario.people ?? []) {
        const mine = records
          .filter((x) => x.person === person.id)
          .map((r, i) => ({ r, k: key(r, i) }));
        mine.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2]);
        let stream: string | null = null;
        for (const { r } of mine) {
          const where = `${r.type} ${r.at} ${person.id}`;
          if (r.type === 'move') {
            expect(r.from, where).toBe(stream);
            stream = r.to;
          } else if (r.type === 'remove') {
            expect(stream, where).not.toBeNull();
            stream = null;
          } else if (r.type !== 'exhausted') expect(r.stream, where).toBe(stream);
        }
      }
    },
  );
});

describe('exhaustion', () => {
  property(
    'is set after a cast exactly when nothing eligible is left unconsumed (R38-R40)',
    (doc) => {
      const { scenario, records, plan } = simulate(doc);
      const events = timedEvents(scenario);
      for (const person of scenario.people ?? []) {
        const newly = checkExhaustion(scenario, events, plan, person.id);
        const written = records.filter((r) => r.type === 'exhausted' && r.person === person.id);
        // Sorted: an RTZ cast is decided (and explained) before an earlier-stamped cast (R23).
        expect(written.map((r) => r.at).sort()).toEqual(newly.sort());
      }
    },
  );
});

function bufferOf(plan: SimulationPlan, only?: number[], slice = Infinity): SimRecord[] {
  const buffer = new RecordBuffer();
  const run = startSimulation(plan, buffer, only ? { only } : {});
  while (!run.step(slice));
  return buffer.records(namesOf(plan));
}

describe('runs', () => {
  property('are repeatable: same file and seed, same output byte for byte', (doc) => {
    const { scenario, records } = simulate(doc);
    const again = simulateRecords(scenario);
    expect(again.ok && JSON.stringify(again.value)).toBe(JSON.stringify(records));
    const fresh = parseScenario(JSON.parse(JSON.stringify(doc)));
    const compiled = fresh.ok ? compileScenario(fresh.scenario) : null;
    if (!compiled?.ok) return expect.fail('the fresh compile failed');
    // Stepped three people at a time, as the worker does.
    expect(JSON.stringify(bufferOf(compiled.plan, undefined, 3))).toBe(JSON.stringify(records));
  });

  property('treat people independently: one person alone gets exactly their records', (doc) => {
    const { scenario, records, plan } = simulate(doc);
    const people = scenario.people ?? [];
    people.forEach((p, i) => {
      expect(bufferOf(plan, [i])).toEqual(records.filter((r) => r.person === p.id));
    });
    const backwards = bufferOf(plan, people.map((_, i) => i).reverse());
    const asSet = (rs: SimRecord[]) => rs.map((r) => JSON.stringify(r)).sort();
    expect(asSet(backwards)).toEqual(asSet(records));
  });

  property('summarise exactly the records they write (spec: summary output)', (doc) => {
    const { scenario, records } = simulate(doc);
    const summary = simulateSummary(scenario);
    if (!summary.ok) return expect.fail('summary failed');
    const count = (key: (r: SimRecord) => string | null) => {
      const out: Record<string, number> = {};
      for (const k of records.map(key)) if (k !== null) out[k] = (out[k] ?? 0) + 1;
      // Keys sorted, as the spec asks of the two maps.
      return JSON.stringify(
        Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1))),
      );
    };
    const types = { send: 0, program: 0, blocked: 0, exhausted: 0, move: 0, remove: 0 };
    expect(summary.value.records).toEqual({ ...types, ...JSON.parse(count((r) => r.type)) });
    const sendKey = (k: 'stream' | 'content') => (r: SimRecord) =>
      r.type === 'send' ? r[k] : null;
    expect(JSON.stringify(summary.value.sendsByStream)).toBe(count(sendKey('stream')));
    expect(JSON.stringify(summary.value.sendsByContent)).toBe(count(sendKey('content')));
  });
});
