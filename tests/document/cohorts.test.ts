// Generated cohorts as edits: new and duplicated cohorts get ids that clash with nothing and fit
// within the 2,000,000 people the generator may make; every edit keeps the file valid.
import { describe, expect, it } from 'vitest';
import {
  addCohort,
  deleteCohort,
  duplicateCohort,
  setGeneratorSeed,
  updateCohort,
} from '../../src/document/actions/cohorts';
import * as ops from '../../src/document/ops/cohorts';
import { MAX_GENERATED_PEOPLE, parseScenario, type Cohort, type Scenario } from '../../src/model';
import { nurtureA } from '../fixtures/builders';

const cohort = (id: string, size: number): Cohort => ({
  id,
  size,
  join: { from: '2025-03-03', perDay: 10 },
});
const withCohorts = (...cohorts: Cohort[]): Scenario => ({
  ...nurtureA(),
  people: [{ id: 'ann' }, { id: 'cohort-3' }, { id: 'cohort2-1' }],
  generator: { seed: 4, cohorts },
});
const ids = (doc: Scenario) => doc.generator!.cohorts.map((c) => `${c.id}:${c.size}`);
const valid = (doc: Scenario) => expect(parseScenario(doc)).toMatchObject({ ok: true });

describe('cohort edits', () => {
  it('add a thousand people joining fifty a day from today, under an id that clashes with no one', () => {
    const doc = withCohorts(cohort('cohort', 2));
    const edit = ops.addCohort(doc, '2026-12-01')!;
    // "cohort" is taken and cohort2 would generate cohort2-1, a listed person.
    expect(edit.index).toBe(1);
    expect(edit.doc.generator!.cohorts[1]).toEqual({
      id: 'cohort3',
      size: 1000,
      join: { from: '2026-12-01', time: '08:00', perDay: 50 },
    });
    expect(edit.doc.generator!.seed).toBe(4);
    valid(edit.doc);
  });

  it('start the generator when the file has none', () => {
    const edit = ops.addCohort({ ...nurtureA() }, '2026-12-01')!;
    expect(ids(edit.doc)).toEqual(['cohort:1000']);
    valid(edit.doc);
  });

  it('take only the people left under the cap, and none when none are left', () => {
    const nearlyFull = withCohorts(cohort('big', MAX_GENERATED_PEOPLE - 300));
    expect(ops.peopleLeft(nearlyFull)).toBe(300);
    expect(ids(ops.addCohort(nearlyFull, '2026-12-01')!.doc)).toEqual([
      `big:${MAX_GENERATED_PEOPLE - 300}`,
      'cohort3:300', // cohort and cohort2 would generate listed people
    ]);
    const full = withCohorts(cohort('big', MAX_GENERATED_PEOPLE));
    expect(ops.addCohort(full, '2026-12-01')).toBeNull();
    expect(ops.duplicateCohort(full, 0)).toBeNull();
  });

  it('duplicate a cohort right after it as <id>-copy, with all its settings', () => {
    const leads: Cohort = {
      ...cohort('leads', 500),
      attributes: { country: { value: 'DE' } },
      unsubscribed: 0.1,
    };
    const doc = withCohorts(leads, cohort('other', 5));
    const first = ops.duplicateCohort(doc, 0)!;
    expect(first.index).toBe(1);
    expect(ids(first.doc)).toEqual(['leads:500', 'leads-copy:500', 'other:5']);
    expect(first.doc.generator!.cohorts[1]).toEqual({ ...leads, id: 'leads-copy' });
    expect(ids(ops.duplicateCohort(first.doc, 0)!.doc)[1]).toBe('leads-copy2:500');
    valid(first.doc);
  });

  it('replace and delete the cohort at an index, and only that one', () => {
    const doc = withCohorts(cohort('a', 5), cohort('b', 6));
    expect(ids(ops.replaceCohort(doc, 1, cohort('c', 7))!)).toEqual(['a:5', 'c:7']);
    expect(ids(ops.deleteCohort(doc, 0)!)).toEqual(['b:6']);
    expect(ops.replaceCohort(doc, 2, cohort('c', 7))).toBeNull();
    expect(ops.deleteCohort(doc, 2)).toBeNull();
    expect(ops.setGeneratorSeed(doc, 9).generator).toMatchObject({
      seed: 9,
      cohorts: doc.generator!.cohorts,
    });
  });

  it('know which listed person a cohort would generate', () => {
    const doc = withCohorts();
    expect(ops.clashesWithPeople(doc, 'cohort', 2)).toBeNull();
    expect(ops.clashesWithPeople(doc, 'cohort', 3)).toBe('cohort-3');
    expect(ops.clashesWithPeople(doc, 'cohort2', 1)).toBe('cohort2-1');
    expect(ops.clashesWithPeople(doc, 'ann', 1000)).toBeNull();
  });
});

describe('cohort actions', () => {
  const doc = withCohorts(cohort('a', 5), cohort('b', 6));
  const ok = (result: ReturnType<typeof addCohort.perform>) => {
    if (!result.ok) throw new Error(result.refusal);
    return result;
  };

  it('are program edits; add and duplicate name the new cohort', () => {
    for (const action of [addCohort, duplicateCohort, updateCohort, deleteCohort, setGeneratorSeed])
      expect(action.scope).toBe('program');
    expect(ok(addCohort.perform(doc, { today: '2026-12-01' })).id).toBe('2');
    expect(ok(duplicateCohort.perform(doc, { index: 0 })).id).toBe('1');
  });

  it('change nothing when no people are left, and refuse a cohort that is not there', () => {
    const full = withCohorts(cohort('big', MAX_GENERATED_PEOPLE));
    expect(ok(addCohort.perform(full, { today: '2026-12-01' })).doc).toBe(full);
    expect(ok(duplicateCohort.perform(full, { index: 0 })).doc).toBe(full);
    expect(duplicateCohort.perform(doc, { index: 5 })).toEqual({ ok: false, refusal: 'notFound' });
    expect(updateCohort.perform(doc, { index: 5, cohort: cohort('x', 1) }).ok).toBe(false);
    expect(deleteCohort.perform(doc, { index: 5 }).ok).toBe(false);
  });

  it('make typing in one field of one cohort one undo step', () => {
    const args = { index: 1, cohort: cohort('b', 7) };
    expect(updateCohort.coalesceKey!({ ...args, field: 'size' })).toBe('1:size');
    expect(updateCohort.coalesceKey!({ ...args, field: 'join.from' })).toBe('1:join.from');
    expect(updateCohort.coalesceKey!(args)).toBeUndefined();
    expect(setGeneratorSeed.coalesceKey!({ seed: 3 })).toBe('generatorSeed');
  });
});
