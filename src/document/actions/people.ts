/** The people listed in the file, edited by hand in the audience table or imported from a CSV. */
import type { Person } from '../../model';
import * as ops from '../ops/people';
import { defineAction } from './action';

/** Creates a person with this id (and whatever else is given); names the new person. */
export const addPerson = defineAction<{ person: Person }>({
  name: 'addPerson',
  scope: 'program',
  perform: (doc, { person }) => {
    const result = ops.addPerson(doc, person);
    return result.ok ? { ...result, id: person.id } : result;
  },
});

/**
 * Changes one person. Typing in one text field of one person (an attribute's value, the time zone)
 * is one undo step: the key names the person and the field. Renames, memberships and the
 * unsubscribed box are clicks or whole commits, each its own step.
 */
export const updatePerson = defineAction<{ id: string; patch: ops.PersonPatch }>({
  name: 'updatePerson',
  scope: 'program',
  perform: (doc, { id, patch }) => ops.updatePerson(doc, id, patch),
  coalesceKey: ({ id, patch }) => {
    const fields = Object.keys(patch);
    if (fields.length !== 1) return undefined;
    if (patch.timeZone !== undefined) return JSON.stringify([id, 'timeZone']);
    const names = Object.keys(patch.attributes ?? {});
    return names.length === 1 ? JSON.stringify([id, 'attributes', names[0]]) : undefined;
  },
});

/** Removes people and the scripted events that name them. */
export const removePeople = defineAction<{ ids: readonly string[] }>({
  name: 'removePeople',
  scope: 'program',
  perform: (doc, { ids }) => ops.removePeople(doc, ids),
});

/** The good rows of a CSV, added (and listed people updated or skipped) in one undo step. */
export const importPeople = defineAction<{
  people: readonly Person[];
  existing: ops.ExistingPeople;
  /** Also add the new people to the program (an `add` event each). */
  join?: ops.JoinOnImport;
}>({
  name: 'importPeople',
  scope: 'program',
  perform: (doc, { people, existing, join }) => ops.importPeople(doc, people, existing, join),
});
