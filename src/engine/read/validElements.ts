/**
 * Whether one element of `people` or `events` is valid, without copying it.
 *
 * STAND-IN: until the model's non-copying predicates (`isValidPerson`, `isValidEvent` in
 * src/model) are merged, these ask the schemas themselves. At the merge, replace this file's body
 * with a re-export of the model's two predicates.
 */
import { EventSchema, PersonSchema } from '../../model';

export const isValidPerson = (value: unknown): boolean => PersonSchema.safeParse(value).success;
export const isValidEvent = (value: unknown): boolean => EventSchema.safeParse(value).success;
