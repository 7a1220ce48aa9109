/**
 * The simulator's output records (spec: Simulator output). The simulator reports them through a
 * `RecordSink` with indices, so a run over a million people can count them without building a
 * million objects; `SimRecord` is the written form.
 */
export type BlockReason = 'unsubscribed' | 'limit';
export const CAUSE = { event: 0, rule: 1, batch: 2 } as const;
export type CauseKind = (typeof CAUSE)[keyof typeof CAUSE];

export interface RecordSink {
  send(at: number, person: number, stream: number, content: number): void;
  program(at: number, person: number, stream: number, content: number, qualified: boolean): void;
  blocked(at: number, person: number, stream: number, content: number, reason: BlockReason): void;
  exhausted(at: number, person: number, stream: number): void;
  /** `from` is -1 on a join; `cause` indexes the rule or batch move (ignored for events). */
  move(
    at: number,
    person: number,
    from: number,
    to: number,
    causeKind: CauseKind,
    cause: number,
  ): void;
  remove(at: number, person: number): void;
}

export type SimRecord =
  | { type: 'send'; at: string; person: string; stream: string; content: string }
  | {
      type: 'program';
      at: string;
      person: string;
      stream: string;
      content: string;
      qualified: boolean;
    }
  | {
      type: 'blocked';
      at: string;
      person: string;
      stream: string;
      content: string;
      reason: BlockReason;
    }
  | { type: 'exhausted'; at: string; person: string; stream: string }
  | { type: 'move'; at: string; person: string; from: string | null; to: string; cause: string }
  | { type: 'remove'; at: string; person: string };

export type RecordType = SimRecord['type'];
export const RECORD_TYPES: readonly RecordType[] = [
  'send',
  'program',
  'blocked',
  'exhausted',
  'move',
  'remove',
];

/** A sink that keeps nothing: for re-running people to watch or explain them, not to write them. */
export const IGNORE_RECORDS: RecordSink = {
  send() {},
  program() {},
  blocked() {},
  exhausted() {},
  move() {},
  remove() {},
};
