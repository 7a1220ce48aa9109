/** The event types of the spec's events table, and which fields each one has, in form order. */
import type { EventType } from '../../model';

export const PERSON_EVENT_TYPES = [
  'add',
  'move',
  'pause',
  'resume',
  'remove',
  'set',
  'fillsOutForm',
  'opens',
  'clicks',
  'unsubscribe',
  'resubscribe',
  'externalEmail',
] as const satisfies readonly EventType[];

export const PROGRAM_EDIT_TYPES = [
  'activate',
  'deactivate',
  'reorder',
  'programStatus',
] as const satisfies readonly EventType[];

export const EVENT_TYPES: readonly EventType[] = [...PERSON_EVENT_TYPES, ...PROGRAM_EDIT_TYPES];

export const isPersonType = (type: EventType) =>
  (PERSON_EVENT_TYPES as readonly EventType[]).includes(type);

/** A field of the event form besides its type and time. */
export type EventField =
  | 'person'
  | 'stream'
  | 'attribute'
  | 'value'
  | 'form'
  | 'content'
  | 'operational'
  | 'order'
  | 'status';

export const FIELDS_OF: Record<EventType, readonly EventField[]> = {
  add: ['person', 'stream'],
  move: ['person', 'stream'],
  pause: ['person'],
  resume: ['person'],
  remove: ['person'],
  set: ['person', 'attribute', 'value'],
  fillsOutForm: ['person', 'form'],
  opens: ['person', 'content'],
  clicks: ['person', 'content'],
  unsubscribe: ['person'],
  resubscribe: ['person'],
  externalEmail: ['person', 'operational'],
  activate: ['content'],
  deactivate: ['content'],
  reorder: ['stream', 'order'],
  programStatus: ['status'],
};

/** Types that can add a non-member to the program, so need a stream to exist (semantics 14, 15). */
export const JOIN_TYPES: readonly EventType[] = ['add', 'pause', 'resume'];
