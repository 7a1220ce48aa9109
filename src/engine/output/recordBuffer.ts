/**
 * Collects records compactly (columns, not objects) and hands them back in time order, as the
 * output format asks. People are simulated one after another, so records arrive grouped by person;
 * a stable sort by instant restores time order with people order (the file's) within an instant.
 */
import {
  CAUSE,
  type BlockReason,
  type CauseKind,
  type RecordSink,
  type SimRecord,
} from '../records';
import { formatInstant } from '../time/days';
import type { Names } from './names';

const T = { send: 0, program: 1, blocked: 2, exhausted: 3, move: 4, remove: 5 } as const;

export class RecordBuffer implements RecordSink {
  size = 0;
  private at = new Float64Array(1024);
  private type = new Uint8Array(1024);
  private person = new Int32Array(1024);
  private stream = new Int32Array(1024);
  private content = new Int32Array(1024);
  /** program: qualified 0/1; blocked: 0 unsubscribed / 1 limit; move: cause kind. */
  private detail = new Int32Array(1024);
  /** move: the cause's index. */
  private cause = new Int32Array(1024);

  private push(
    at: number,
    type: number,
    person: number,
    stream: number,
    content: number,
    detail: number,
    cause: number,
  ) {
    if (this.size === this.at.length) this.grow();
    const i = this.size++;
    this.at[i] = at;
    this.type[i] = type;
    this.person[i] = person;
    this.stream[i] = stream;
    this.content[i] = content;
    this.detail[i] = detail;
    this.cause[i] = cause;
  }

  send(at: number, person: number, stream: number, content: number) {
    this.push(at, T.send, person, stream, content, 0, 0);
  }
  program(at: number, person: number, stream: number, content: number, qualified: boolean) {
    this.push(at, T.program, person, stream, content, qualified ? 1 : 0, 0);
  }
  blocked(at: number, person: number, stream: number, content: number, reason: BlockReason) {
    this.push(at, T.blocked, person, stream, content, reason === 'limit' ? 1 : 0, 0);
  }
  exhausted(at: number, person: number, stream: number) {
    this.push(at, T.exhausted, person, stream, -1, 0, 0);
  }
  move(at: number, person: number, from: number, to: number, causeKind: CauseKind, cause: number) {
    // `content` holds the destination so `stream` can hold the origin.
    this.push(at, T.move, person, from, to, causeKind, cause);
  }
  remove(at: number, person: number) {
    this.push(at, T.remove, person, -1, -1, 0, 0);
  }

  /** Record indices in time order (stable). */
  order(): Uint32Array {
    const at = this.at;
    const idx = new Uint32Array(this.size);
    for (let i = 0; i < idx.length; i++) idx[i] = i;
    return idx.sort((a, b) => at[a]! - at[b]! || a - b);
  }

  record(i: number, names: Names): SimRecord {
    const at = formatInstant(this.at[i]!);
    const person = names.person(this.person[i]!);
    const stream = this.stream[i]!;
    const content = this.content[i]!;
    switch (this.type[i]) {
      case T.send:
        return {
          type: 'send',
          at,
          person,
          stream: names.stream(stream),
          content: names.content(content),
        };
      case T.program:
        return {
          type: 'program',
          at,
          person,
          stream: names.stream(stream),
          content: names.content(content),
          qualified: this.detail[i] === 1,
        };
      case T.blocked:
        return {
          type: 'blocked',
          at,
          person,
          stream: names.stream(stream),
          content: names.content(content),
          reason: this.detail[i] === 1 ? 'limit' : 'unsubscribed',
        };
      case T.exhausted:
        return { type: 'exhausted', at, person, stream: names.stream(stream) };
      case T.move:
        return {
          type: 'move',
          at,
          person,
          from: stream < 0 ? null : names.stream(stream),
          to: names.stream(content),
          cause: names.cause(this.detail[i] as CauseKind, this.cause[i] ?? CAUSE.event),
        };
      default:
        return { type: 'remove', at, person };
    }
  }

  /** Every record in time order. */
  records(names: Names): SimRecord[] {
    return Array.from(this.order(), (i) => this.record(i, names));
  }

  private grow() {
    const n = this.at.length * 2;
    const grown = <A extends Float64Array | Uint8Array | Int32Array>(
      a: A,
      make: (n: number) => A,
    ): A => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.at = grown(this.at, (k) => new Float64Array(k));
    this.type = grown(this.type, (k) => new Uint8Array(k));
    this.person = grown(this.person, (k) => new Int32Array(k));
    this.stream = grown(this.stream, (k) => new Int32Array(k));
    this.content = grown(this.content, (k) => new Int32Array(k));
    this.detail = grown(this.detail, (k) => new Int32Array(k));
    this.cause = grown(this.cause, (k) => new Int32Array(k));
  }
}
