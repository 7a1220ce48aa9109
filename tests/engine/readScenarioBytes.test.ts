/**
 * The bytes reader (src/engine/read) against the ordinary reader (parseScenarioText, then
 * compileScenario): on a valid file it reads people and events an element at a time and simulates to the
 * same records, whatever the order of the keys and the events; on a bad or unusual file it reports
 * exactly the ordinary reader's problems.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileScenario,
  type CompileResult,
  jsonLine,
  namesOf,
  readScenarioBytes,
  RecordBuffer,
  simulateAll,
} from '../../src/engine';
import { readScenarioByElements } from '../../src/engine/read/readScenarioBytes';
import { formatProblem, parseScenarioText, type Scenario } from '../../src/model';
import { scenarioArb } from '../fixtures/arbitraries';
import { hostileFile } from '../fixtures/hostileFiles';

const RUNS = Number(process.env.LANECAST_PROPERTY_RUNS ?? 150);
const TIMEOUT = 60_000;
const encode = (text: string) => new TextEncoder().encode(text);

/** What the command line prints for a result: every record, or every problem. */
function output(result: CompileResult): string[] {
  if (!result.ok) return result.problems.map(formatProblem);
  const buffer = new RecordBuffer();
  simulateAll(result.plan, buffer);
  const names = namesOf(result.plan);
  return buffer.records(names).map((r) => jsonLine(r));
}

/** The ordinary reader, as the command line ran it before the bytes reader. */
function ordinary(text: string): CompileResult {
  const parsed = parseScenarioText(text);
  return parsed.ok ? compileScenario(parsed.scenario) : parsed;
}

/** The document's keys in the given order (a permutation of its keys). */
function reorderKeys(doc: Scenario, order: number[]): Record<string, unknown> {
  const entries = Object.entries(doc);
  return Object.fromEntries(order.map((i) => entries[i % entries.length]!));
}

const validFile = fc
  .tuple(
    scenarioArb,
    fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    fc.array(fc.nat(), { maxLength: 20 }),
    fc.constantFrom(undefined, 1, 2),
  )
  .map(([doc, keyOrder, swaps, indent]) => {
    const events = [...(doc.events ?? [])];
    // Events in any order: the file order is part of the input (same-instant ties).
    for (let k = 0; k + 1 < swaps.length && events.length > 1; k += 2) {
      const i = swaps[k]! % events.length;
      const j = swaps[k + 1]! % events.length;
      [events[i], events[j]] = [events[j]!, events[i]!];
    }
    const shuffled = { ...doc, events };
    const keys = Object.keys(shuffled);
    const order = [...keys.keys()].sort(
      (a, b) => (keyOrder[a % 8]! % 7) - (keyOrder[b % 8]! % 7) || a - b,
    );
    return JSON.stringify(reorderKeys(shuffled as Scenario, order), null, indent);
  });

describe('reading a scenario file from its bytes', () => {
  it(
    'reads a valid file an element at a time and simulates it to the same records as the ordinary reader',
    () => {
      fc.assert(
        fc.property(validFile, (text) => {
          const expected = output(ordinary(text));
          // Each element read by the element reader (0), and each array parsed whole.
          for (const wholeBelow of [0, Infinity]) {
            const direct = readScenarioByElements(encode(text), {}, wholeBelow);
            expect(direct, 'the direct path took the file').not.toBeNull();
            expect(output(direct!)).toEqual(expected);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'reports exactly the ordinary reader’s problems for hostile files',
    () => {
      fc.assert(
        fc.property(hostileFile, (text) => {
          const expected = output(ordinary(text));
          expect(output(readScenarioBytes(encode(text)))).toEqual(expected);
          // Element by element, or each array whole: the file is taken only to the same result.
          for (const wholeBelow of [0, Infinity]) {
            const direct = readScenarioByElements(encode(text), {}, wholeBelow);
            if (direct !== null) expect(output(direct)).toEqual(expected);
          }
        }),
        { numRuns: RUNS * 2 },
      );
    },
    TIMEOUT,
  );

  const base = {
    format: 'lanecast',
    version: 1,
    program: {
      id: 'p',
      timeZone: 'Europe/Berlin',
      streams: [
        {
          id: 'S1',
          cadence: {
            type: 'weekly',
            firstCast: '2025-01-06',
            time: '09:00',
            every: 1,
            weekdays: ['mon'],
          },
          content: [
            { id: 'E1', type: 'email' },
            { id: 'P1', type: 'program' },
          ],
        },
      ],
    },
    people: [{ id: 'a', attributes: { score: 3 } }, { id: 'b' }],
    events: [
      { at: '2025-01-01T08:00', type: 'add', person: 'a' },
      { at: '2025-01-01T08:00', type: 'add', person: 'b' },
    ],
  };

  /** Files the direct path must hand over to the ordinary reader, and what it then reports. */
  const refused: [string, string][] = [
    ['an event for a person not listed', edit({ events: [{ ...ev(), person: 'ghost' }] })],
    [
      'a program edit naming a person not listed',
      edit({ events: [{ at: '2025-01-01T08:00', type: 'activate', content: 'E1', person: 'x' }] }),
    ],
    ['an id listed twice', edit({ people: [{ id: 'a' }, { id: 'a' }] })],
    ['an open of a program item', edit({ events: [{ ...ev(), type: 'opens', content: 'P1' }] })],
    ['an email as a prior program', edit({ people: [{ id: 'a', programs: ['E1'] }] })],
    [
      'an incomplete reorder',
      edit({ events: [{ at: '2025-01-01T08:00', type: 'reorder', stream: 'S1', order: ['E1'] }] }),
    ],
    ['an invalid element', edit({ people: [{ id: 'a', unsubscribed: 'yes' }] })],
    ['a person element that is not an object', edit({ people: ['a'] })],
    [
      'a person a cohort generates',
      edit({
        people: [{ id: 'c-1' }],
        generator: { cohorts: [{ id: 'c', size: 2, join: { from: '2025-01-01', perDay: 1 } }] },
      }),
    ],
    ['a __proto__ key', JSON.stringify(base).replace('"score"', '"__proto__"')],
    ['a __proto__ key spelled out', JSON.stringify(base).replace('"score"', '"\\u005f_proto__"')],
    ['a byte-order mark', `\uFEFF${JSON.stringify(base)}`],
    ['a key given twice', JSON.stringify(base).replace('{"format"', '{"people":[],"format"')],
    ['a trailing comma', JSON.stringify(base).replace('"b"}]', '"b"},]')],
    ['text after the document', `${JSON.stringify(base)} x`],
  ];

  function ev() {
    return { at: '2025-01-01T08:00', type: 'add', person: 'a' } as Record<string, unknown>;
  }

  function edit(changes: Record<string, unknown>) {
    return JSON.stringify({ ...base, ...changes });
  }

  it.each(refused)('hands %s to the ordinary reader', (_, text) => {
    expect(readScenarioByElements(encode(text), {}, 0)).toBeNull();
    expect(readScenarioByElements(encode(text), {}, Infinity)).toBeNull();
    const problems = output(readScenarioBytes(encode(text)));
    expect(problems).toEqual(output(ordinary(text)));
  });

  it('takes the base file itself directly', () => {
    expect(readScenarioByElements(encode(JSON.stringify(base)), {}, 0)?.ok).toBe(true);
  });

  it('reads malformed UTF-8 as the command line always did', () => {
    const bytes = encode(JSON.stringify(base).replace('"b"', '"bX"'));
    bytes[bytes.indexOf(0x58)] = 0xff; // the X
    expect(readScenarioByElements(bytes, {}, 0)).toBeNull();
    const asNode = Buffer.from(bytes).toString('utf8');
    expect(output(readScenarioBytes(bytes))).toEqual(output(ordinary(asNode)));
  });
});
