/**
 * Reading a file without copying its people and events changes nothing a user sees: for a valid
 * document the scenario equals what zod's ScenarioSchema made of it, and for an invalid one the
 * problems are today's, the same codes, parameters and paths in the same order. "Today" is zod
 * over the whole document followed by the reference checker as it was before (oracles/).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReferences,
  EventSchema,
  parseScenario,
  type ParseResult,
  PersonSchema,
  problemFromIssue,
  ScenarioSchema,
} from '../../src/model';
import { checkShape } from '../../src/model/limits';
import { mutatedFile } from '../fixtures/hostileFiles';
import { cohort, doc } from './documents';
import { nearValidEvent, nearValidPerson } from './nearValid';
import { checkReferencesBefore } from './oracles/referencesBefore';

type Json = Record<string, unknown>;

/** How parseScenario read a document before issue 8 (format and version are valid in doc()). */
function readBefore(document: Json): ParseResult {
  const shape = checkShape(document);
  if (shape.length > 0) return { ok: false, problems: shape };
  const parsed = ScenarioSchema.safeParse(document);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => problemFromIssue(i, document));
  problems.push(...checkReferencesBefore(document));
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, scenario: parsed.data };
}

const validPerson = nearValidPerson.filter((p) => PersonSchema.safeParse(p).success);
const validEvent = nearValidEvent.filter((e) => EventSchema.safeParse(e).success);
/** Lists all valid (read without zod) or with some elements one step from valid. */
const listOf = (valid: fc.Arbitrary<unknown>, near: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.array(valid, { maxLength: 8 }) },
    {
      weight: 2,
      arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: valid }, near), { maxLength: 8 }),
    },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, 'everyone', {}) },
  );

/** A valid person or event whose references hold in doc(): known people, streams and items. */
function repaired(value: unknown, i: number): unknown {
  const v = { ...(value as Json) };
  if (!('type' in v)) {
    v.id = `p${i}`;
    if (v.programs !== undefined) v.programs = ['P1'];
    return v;
  }
  if (typeof v.person === 'string') v.person = `p${i % 3}`;
  if (v.type === 'reorder') v.order = ['E3', 'E1', 'P1'];
  if (typeof v.stream === 'string') v.stream = v.type === 'reorder' ? 'S1' : 'S2';
  if (typeof v.content === 'string') v.content = 'E1';
  return v;
}

/** doc() with generated people and events, sometimes a cohort, sometimes a fault elsewhere too. */
const document: fc.Arbitrary<Json> = fc
  .record({
    people: listOf(validPerson, nearValidPerson),
    events: listOf(validEvent, nearValidEvent),
    repair: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
    generator: fc.boolean(),
    elsewhere: fc.constantFrom<Json>(
      {},
      {},
      {},
      {},
      { 'program.name': 7 },
      { 'simulation.from': '2025-02-30' },
      { 'program.streams.1.id': 'S1' },
    ),
  })
  .map(({ people, events, repair, generator, elsewhere }) => {
    const fix = (list: unknown) => (repair && Array.isArray(list) ? list.map(repaired) : list);
    return doc({
      people: fix(people),
      events: fix(events),
      ...(generator ? { generator: { seed: 3, cohorts: [cohort()] } } : {}),
      ...elsewhere,
    });
  });

describe('reading people and events without a copy', () => {
  it('gives the same scenario or the same problems as before, for documents as files hold them', () => {
    let read = 0;
    fc.assert(
      fc.property(document, (generated) => {
        const file = JSON.parse(JSON.stringify(generated)) as Json;
        const now = parseScenario(file);
        const before = readBefore(JSON.parse(JSON.stringify(generated)) as Json);
        // toEqual: a file holds no undefined or sparse arrays, and toStrictEqual would compare a
        // person's own `constructor` key as if it were the object's class.
        expect(now).toEqual(before);
        if (now.ok && before.ok) {
          read++;
          expect(Object.keys(now.scenario)).toEqual(Object.keys(before.scenario));
        }
      }),
      { numRuns: 600 },
    );
    expect(read).toBeGreaterThan(60);
  }, 60_000);

  it('gives the same for documents handed over in memory (undefined, NaN, odd objects)', () => {
    fc.assert(
      fc.property(document, (generated) => {
        expect(parseScenario(generated)).toEqual(readBefore(generated));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('returns the file’s own lists, not copies', () => {
    const file = doc({
      people: [{ id: 'ann', attributes: { score: 3 } }],
      events: [{ at: '2025-03-03T10:00', type: 'add', person: 'ann', stream: 'S1' }],
    });
    const result = parseScenario(file);
    expect(result.ok && result.scenario.people).toBe(file.people);
    expect(result.ok && result.scenario.events).toBe(file.events);
  });
});

describe('reference checks', () => {
  it('report the same problems in the same order as before, for hostile files', () => {
    fc.assert(
      fc.property(mutatedFile, (text) => {
        const raw = JSON.parse(text) as unknown;
        expect(checkReferences(raw)).toStrictEqual(checkReferencesBefore(raw));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
