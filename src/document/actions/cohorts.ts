/**
 * The generated cohorts as named actions (the preview's Audience tab). Add and duplicate return the
 * new cohort's index as `id`; when no people are left (MAX_GENERATED_PEOPLE) they change nothing,
 * and the form says why before offering them.
 */
import type { Cohort } from '../../model';
import { done, refuse } from '../ops';
import * as ops from '../ops/cohorts';
import { defineAction } from './action';

export const addCohort = defineAction<{ today: string }>({
  name: 'addCohort',
  scope: 'program',
  perform(doc, { today }) {
    const edit = ops.addCohort(doc, today);
    return edit === null ? done(doc) : { ...done(edit.doc), id: String(edit.index) };
  },
});

export const duplicateCohort = defineAction<{ index: number }>({
  name: 'duplicateCohort',
  scope: 'program',
  perform(doc, { index }) {
    if (doc.generator?.cohorts[index] === undefined) return refuse('notFound');
    const edit = ops.duplicateCohort(doc, index);
    return edit === null ? done(doc) : { ...done(edit.doc), id: String(edit.index) };
  },
});

/**
 * Changes the cohort at `index`. `field` names what is being typed ('size', 'attributes.score'...):
 * a burst of typing in one field of one cohort is one undo step.
 */
export const updateCohort = defineAction<{ index: number; cohort: Cohort; field?: string }>({
  name: 'updateCohort',
  scope: 'program',
  perform(doc, { index, cohort }) {
    const next = ops.replaceCohort(doc, index, cohort);
    return next === null ? refuse('notFound') : done(next);
  },
  coalesceKey: ({ index, field }) => (field === undefined ? undefined : `${index}:${field}`),
});

export const deleteCohort = defineAction<{ index: number }>({
  name: 'deleteCohort',
  scope: 'program',
  perform(doc, { index }) {
    const next = ops.deleteCohort(doc, index);
    return next === null ? refuse('notFound') : done(next);
  },
});

/** The generator's seed (program-wide); typing it is one undo step. */
export const setGeneratorSeed = defineAction<{ seed: number }>({
  name: 'setGeneratorSeed',
  scope: 'program',
  perform: (doc, { seed }) => done(ops.setGeneratorSeed(doc, seed)),
  coalesceKey: () => 'generatorSeed',
});
