/**
 * An event as the form holds it (every field as typed), and the event a valid draft becomes.
 * eventChecks.ts decides whether a draft is valid.
 */
import type { EventType, Scalar, ScenarioEvent } from '../../model';
import { FIELDS_OF, type EventField } from './eventTypes';
import { parseScalarText, scalarText } from './scalarText';

export interface EventDraft {
  type: EventType;
  at: string;
  person: string;
  stream: string;
  attribute: string;
  value: string;
  form: string;
  content: string;
  operational: boolean;
  order: string;
  status: 'on' | 'off';
}

export type DraftField = 'type' | 'at' | EventField;

export function emptyDraft(type: EventType, at: string): EventDraft {
  return {
    type,
    at,
    person: '',
    stream: '',
    attribute: '',
    value: '',
    form: '',
    content: '',
    operational: false,
    order: '',
    status: 'off',
  };
}

export function draftOf(event: ScenarioEvent): EventDraft {
  const e = event as Partial<Record<string, unknown>>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    ...emptyDraft(event.type, event.at),
    person: text(e.person),
    stream: text(e.stream),
    attribute: text(e.attribute),
    value: event.type === 'set' ? scalarText(event.value) : '',
    form: text(e.form),
    content: text(e.content),
    operational: e.operational === true,
    order: event.type === 'reorder' ? event.order.join(', ') : '',
    status: event.type === 'programStatus' ? event.status : 'off',
  };
}

/** The ids a reorder's text lists, separated by commas or spaces. */
export const orderIds = (text: string) => text.split(/[\s,]+/).filter((id) => id !== '');

/** Keys of an event the form owns; any other key of an edited event is kept as it was. */
const OWN_KEYS = new Set(['at', 'type', ...Object.values(FIELDS_OF).flat()]);

/**
 * The event a valid draft stands for. Editing keeps `original`'s keys the form does not know, and
 * an `operational: false` written in the file stays written.
 */
export function eventOf(draft: EventDraft, original?: ScenarioEvent): ScenarioEvent {
  const fields: Record<string, unknown> = { at: draft.at.trim(), type: draft.type };
  for (const field of FIELDS_OF[draft.type]) {
    const text = typeof draft[field] === 'string' ? (draft[field] as string).trim() : '';
    if (field === 'value') fields.value = parseScalarText(draft.value) as Scalar;
    else if (field === 'order') fields.order = orderIds(draft.order);
    else if (field === 'status') fields.status = draft.status;
    else if (field === 'operational') {
      if (draft.operational) fields.operational = true;
      else if (original?.type === 'externalEmail' && original.operational === false)
        fields.operational = false;
    } else if (text !== '') fields[field] = text;
  }
  const kept = Object.entries(original ?? {}).filter(([key]) => !OWN_KEYS.has(key));
  return { ...fields, ...Object.fromEntries(kept) } as ScenarioEvent;
}
