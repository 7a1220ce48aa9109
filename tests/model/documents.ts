/**
 * Documents and helpers for the scenario-format tests: a small valid file to break in one place at
 * a time, and the problems of a parse as the one-line strings users see (`path: message`).
 */
import { formatProblem, parseScenario, parseScenarioText } from '../../src/model';
import { nurtureA } from '../fixtures/builders';

type Json = Record<string, unknown>;

/**
 * Nurture-A as plain JSON, with a program item P1 in S1 (E1, P1, E3) and a person "ann", then each
 * change applied: `{ 'program.streams.1.cadence.weekdays': ['tues'] }` sets that value (numbers
 * index arrays); `undefined` deletes the key.
 */
export function doc(changes: Record<string, unknown> = {}): Json {
  const d = JSON.parse(JSON.stringify(nurtureA())) as Json;
  const edits = {
    'program.streams.0.content.1': { id: 'P1', type: 'program' },
    people: [{ id: 'ann' }],
  };
  for (const [path, value] of Object.entries({ ...edits, ...changes })) {
    const keys = path.split('.');
    let node = d as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    const last = keys[keys.length - 1]!;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return d;
}

/** The problems of a document (or JSON text), formatted; [] when it is valid. */
export function problems(input: unknown): string[] {
  const result = typeof input === 'string' ? parseScenarioText(input) : parseScenario(input);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** A generator cohort that is valid against `doc()` (docs/format.md). */
export function cohort(): Json {
  return {
    id: 'leads',
    size: 100,
    join: { stream: 'S1', from: '2025-03-03', time: '08:00', perDay: 10 },
    attributes: {
      country: {
        oneOf: [
          { value: 'DE', weight: 3 },
          { value: 'FR', weight: 1 },
        ],
      },
      score: { uniform: { min: 0, max: 100, integer: true } },
      segment: { value: 'smb' },
    },
    timeZones: [
      { zone: 'Europe/Berlin', weight: 2 },
      { zone: null, weight: 1 },
    ],
    programs: [{ program: 'P1', share: 0.1 }],
    unsubscribed: 0.02,
    behavior: { open: 0.3, click: 0.05, unsubscribe: 0.003 },
  };
}
