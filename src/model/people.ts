/** People and the scripted events that happen to them or to the program (spec: people, events). */
import { z } from 'zod';
import { DateTime, Id, Scalar, TimeZone } from './primitives';

export const PersonSchema = z.looseObject({
  id: Id,
  /** Unknown (absent or null): the program zone (R23). */
  timeZone: TimeZone.nullable().optional(),
  attributes: z.record(z.string(), Scalar).optional(),
  unsubscribed: z.boolean().optional(),
  programs: z.array(Id).optional(),
});
export type Person = z.infer<typeof PersonSchema>;

const personEvent = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.looseObject({ at: DateTime, type: z.literal(type), person: Id, ...shape });
const programEdit = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.looseObject({ at: DateTime, type: z.literal(type), ...shape });

export const EventSchema = z.discriminatedUnion('type', [
  personEvent('add', { stream: Id.optional() }),
  personEvent('move', { stream: Id }),
  personEvent('pause', {}),
  personEvent('resume', {}),
  personEvent('remove', {}),
  personEvent('set', { attribute: Id, value: Scalar }),
  personEvent('fillsOutForm', { form: Id }),
  personEvent('opens', { content: Id }),
  personEvent('clicks', { content: Id }),
  personEvent('unsubscribe', {}),
  personEvent('resubscribe', {}),
  personEvent('externalEmail', { operational: z.boolean().optional() }),
  programEdit('activate', { content: Id }),
  programEdit('deactivate', { content: Id }),
  programEdit('reorder', { stream: Id, order: z.array(Id) }),
  programEdit('programStatus', { status: z.enum(['on', 'off']) }),
]);
export type ScenarioEvent = z.infer<typeof EventSchema>;
export type EventType = ScenarioEvent['type'];
export type PersonEvent = Extract<ScenarioEvent, { person: string }>;
export type ProgramEdit = Exclude<ScenarioEvent, { person: string }>;

export function isProgramEdit(event: ScenarioEvent): event is ProgramEdit {
  return !('person' in event);
}
