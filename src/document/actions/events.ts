/**
 * The scripted events as named actions (the preview's Script tab, and the journey's "pause from",
 * "resume from", "remove from"). Each returns, as `id`, the index in `events` where the event it
 * touched now stands, so the caller can keep it selected.
 */
import type { ScenarioEvent } from '../../model';
import { done, refuse } from '../ops';
import * as ops from '../ops/events';
import { defineAction } from './action';

/** Adds `event` in time order, after any event at the same instant. */
export const addEvent = defineAction<{ event: ScenarioEvent }>({
  name: 'addEvent',
  scope: 'program',
  perform(doc, { event }) {
    const edit = ops.insertEvent(doc, event);
    return { ...done(edit.doc), id: String(edit.index) };
  },
});

/**
 * Changes the event at `index` (see replaceEvent for where it then stands). Edits carrying the
 * same `session` (one open editor) within the coalescing window are one undo step.
 */
export const updateEvent = defineAction<{
  index: number;
  event: ScenarioEvent;
  session?: string;
}>({
  name: 'updateEvent',
  scope: 'program',
  perform(doc, { index, event }) {
    const edit = ops.replaceEvent(doc, index, event);
    return edit === null ? refuse('notFound') : { ...done(edit.doc), id: String(edit.index) };
  },
  coalesceKey: ({ session }) => (session === undefined ? undefined : `event:${session}`),
});

export const deleteEvent = defineAction<{ index: number }>({
  name: 'deleteEvent',
  scope: 'program',
  perform(doc, { index }) {
    const next = ops.deleteEvent(doc, index);
    return next === null ? refuse('notFound') : done(next);
  },
});

export const duplicateEvent = defineAction<{ index: number }>({
  name: 'duplicateEvent',
  scope: 'program',
  perform(doc, { index }) {
    const edit = ops.duplicateEvent(doc, index);
    return edit === null ? refuse('notFound') : { ...done(edit.doc), id: String(edit.index) };
  },
});
