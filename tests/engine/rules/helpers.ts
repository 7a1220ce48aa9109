/**
 * Small helpers shared by the rule-by-rule tests. Records are compared as the spec asks, as a set
 * (sorted by instant, then text), after checking that the simulator wrote them in time order.
 */
import { expect } from 'vitest';
import type {
  Person,
  Program,
  Scenario,
  ScenarioEvent,
  Stream,
  TransitionRule,
} from '../../../src/model';
import type { SimRecord } from '../../../src/engine';
import { emails, lines, weekly } from '../../fixtures/builders';

export const NY = 'America/New_York';

export interface ScenarioParts {
  streams: Stream[];
  people?: (string | Person)[];
  events?: ScenarioEvent[];
  from?: string;
  until?: string;
  program?: Partial<Program>;
  timeZone?: string;
}

/** A scenario with program "p" in America/New_York (unless `timeZone` says otherwise). */
export function scenario(parts: ScenarioParts): Scenario {
  return {
    format: 'lanecast',
    version: 1,
    program: {
      id: 'p',
      timeZone: parts.timeZone ?? NY,
      streams: parts.streams,
      ...parts.program,
    },
    people: (parts.people ?? []).map((p) => (typeof p === 'string' ? { id: p } : p)),
    events: parts.events ?? [],
    simulation: { from: parts.from ?? '2025-03-01', until: parts.until ?? '2025-04-30' },
  } as Scenario;
}

const byTimeThenText = (a: string, b: string) => {
  const ta = a.split(' ')[1]!;
  const tb = b.split(' ')[1]!;
  return ta < tb ? -1 : ta > tb ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

/** Asserts that `records` are in time order and are exactly `expected` (as a set of lines). */
export function expectRecords(records: SimRecord[], expected: string[], person?: string) {
  const selected = records.filter((r) => person === undefined || r.person === person);
  const instants = selected.map((r) => r.at);
  expect(instants).toEqual([...instants].sort());
  expect([...lines(selected)].sort(byTimeThenText)).toEqual([...expected].sort(byTimeThenText));
}

/** Event shorthands (local date-times are in the program zone). */
export const ev = {
  add: (at: string, person: string, stream?: string): ScenarioEvent =>
    stream === undefined ? { at, type: 'add', person } : { at, type: 'add', person, stream },
  move: (at: string, person: string, stream: string): ScenarioEvent => ({
    at,
    type: 'move',
    person,
    stream,
  }),
  pause: (at: string, person: string): ScenarioEvent => ({ at, type: 'pause', person }),
  resume: (at: string, person: string): ScenarioEvent => ({ at, type: 'resume', person }),
  remove: (at: string, person: string): ScenarioEvent => ({ at, type: 'remove', person }),
  set: (at: string, person: string, attribute: string, value: string | number | boolean | null) =>
    ({ at, type: 'set', person, attribute, value }) as ScenarioEvent,
  form: (at: string, person: string, form = 'F-demo'): ScenarioEvent => ({
    at,
    type: 'fillsOutForm',
    person,
    form,
  }),
  opens: (at: string, person: string, content: string): ScenarioEvent => ({
    at,
    type: 'opens',
    person,
    content,
  }),
  clicks: (at: string, person: string, content: string): ScenarioEvent => ({
    at,
    type: 'clicks',
    person,
    content,
  }),
  unsubscribe: (at: string, person: string): ScenarioEvent => ({ at, type: 'unsubscribe', person }),
  resubscribe: (at: string, person: string): ScenarioEvent => ({ at, type: 'resubscribe', person }),
  external: (at: string, person: string, operational = false): ScenarioEvent => ({
    at,
    type: 'externalEmail',
    person,
    operational,
  }),
  activate: (at: string, content: string): ScenarioEvent => ({ at, type: 'activate', content }),
  deactivate: (at: string, content: string): ScenarioEvent => ({ at, type: 'deactivate', content }),
  reorder: (at: string, stream: string, order: string[]): ScenarioEvent => ({
    at,
    type: 'reorder',
    stream,
    order,
  }),
  status: (at: string, status: 'on' | 'off'): ScenarioEvent => ({
    at,
    type: 'programStatus',
    status,
  }),
};

/** A stream with cadence none (never casts) and optional content and rules. */
export const idle = (id: string, extra: Partial<Stream> = {}): Stream => ({
  id,
  cadence: { type: 'none' },
  ...extra,
});

/** Nurture-A's S1: weekly on Tue from 2025-03-04, E1-E3. */
export const s1 = (): Stream => ({
  id: 'S1',
  cadence: weekly('2025-03-04', ['tue']),
  content: emails('E1', 'E2', 'E3'),
});
export const formRule = (
  id: string,
  form?: string,
  filters: TransitionRule['filters'] = [],
): TransitionRule => ({
  id,
  triggers: [form === undefined ? { type: 'fillsOutForm' } : { type: 'fillsOutForm', form }],
  filters,
});
