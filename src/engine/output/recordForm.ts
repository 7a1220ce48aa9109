/**
 * One record as its columns (what `RecordBuffer` keeps and packed runs store) and its written form.
 * Both the in-memory buffer and runs read back from outside memory turn columns into records here,
 * so the two can never write a record differently.
 */
import type { CauseKind, SimRecord } from '../records';
import { formatInstant } from '../time/days';
import type { Names } from './names';

/** The record type's code in the `type` column. */
export const T = { send: 0, program: 1, blocked: 2, exhausted: 3, move: 4, remove: 5 } as const;

/**
 * The columns of one record. `stream`/`content` are -1 where the type has none; a move keeps its
 * origin in `stream` and its destination in `content`. `detail`: program qualified 0/1, blocked
 * 0 unsubscribed / 1 limit, move the cause kind; `cause`: a move's rule or batch index.
 */
export interface RecordColumns {
  at: number;
  type: number;
  person: number;
  stream: number;
  content: number;
  detail: number;
  cause: number;
}

export function recordOf(c: RecordColumns, names: Names): SimRecord {
  const at = formatInstant(c.at);
  const person = names.person(c.person);
  switch (c.type) {
    case T.send:
      return {
        type: 'send',
        at,
        person,
        stream: names.stream(c.stream),
        content: names.content(c.content),
      };
    case T.program:
      return {
        type: 'program',
        at,
        person,
        stream: names.stream(c.stream),
        content: names.content(c.content),
        qualified: c.detail === 1,
      };
    case T.blocked:
      return {
        type: 'blocked',
        at,
        person,
        stream: names.stream(c.stream),
        content: names.content(c.content),
        reason: c.detail === 1 ? 'limit' : 'unsubscribed',
      };
    case T.exhausted:
      return { type: 'exhausted', at, person, stream: names.stream(c.stream) };
    case T.move:
      return {
        type: 'move',
        at,
        person,
        from: c.stream < 0 ? null : names.stream(c.stream),
        to: names.stream(c.content),
        cause: names.cause(c.detail as CauseKind, c.cause),
      };
    default:
      return { type: 'remove', at, person };
  }
}
