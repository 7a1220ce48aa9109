/**
 * A trigger or filter of a newly chosen type, filled with something valid the user then edits.
 * What the old one named carries over where it still makes sense (opens E2 -> clicks E2).
 */
import type { Filter, FilterType, Trigger, TriggerType } from '../model';
import type { Choices } from './choices';

export const TRIGGER_TYPES: readonly TriggerType[] = [
  'fillsOutForm',
  'opensEmail',
  'clicksEmail',
  'attributeChanged',
  'addedToProgram',
  'streamChanged',
];

export const FILTER_TYPES: readonly FilterType[] = [
  'attribute',
  'received',
  'opened',
  'clicked',
  'exhausted',
  'cadence',
  'inStream',
];

/** The attribute a new condition starts with (the format's own example); the user renames it. */
export const DEFAULT_ATTRIBUTE = 'country';
export const DEFAULT_SCORE = 'score';

/** The content id a trigger or filter names, if any. */
function contentOf(previous: Trigger | Filter | undefined): string | undefined {
  const content = previous && 'content' in previous ? previous.content : undefined;
  return typeof content === 'string' ? content : undefined;
}

export function defaultTrigger(type: TriggerType, previous?: Trigger): Trigger {
  const content = contentOf(previous);
  switch (type) {
    case 'opensEmail':
    case 'clicksEmail':
      return content === undefined ? { type } : { type, content };
    case 'attributeChanged':
      return { type, attribute: DEFAULT_SCORE };
    case 'fillsOutForm':
    case 'addedToProgram':
    case 'streamChanged':
      return { type };
  }
}

/** Null when nothing valid exists yet ("was sent" in a program without content). */
export function defaultFilter(
  type: FilterType,
  choices: Choices,
  previous?: Filter,
): Filter | null {
  const content = contentOf(previous);
  switch (type) {
    case 'attribute':
      return { type, attribute: DEFAULT_ATTRIBUTE, op: 'eq', value: '' };
    case 'received': {
      const id = content ?? choices.contents[0]?.id;
      return id === undefined ? null : { type, content: id };
    }
    case 'opened':
    case 'clicked':
      return content === undefined ? { type } : { type, content };
    case 'exhausted':
      return { type, value: true };
    case 'cadence':
      return { type, value: 'paused' };
    case 'inStream': {
      const id = choices.streams[0]?.id;
      return id === undefined ? null : { type, stream: id };
    }
  }
}
