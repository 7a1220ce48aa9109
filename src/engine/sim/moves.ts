/**
 * Where the person being simulated is: joining the program, moving between streams, removal, and
 * the two things that move people on their own, transition rules (R47-R49) and batch moves (R41).
 * Every join or move also sets which cast of the new stream comes next (R23, R33).
 */
import type { Scalar } from '../../model';
import type { CompiledProgram, CompiledStream } from '../compiled';
import { type CompiledRule, type CompiledTrigger, TRIGGER, type TriggerKind } from '../compiled';
import type { SimulationRange } from '../compile/range';
import { CAUSE, type CauseKind, type RecordSink } from '../records';
import { type BatchClock, PHASE } from './batchClock';
import { checksOf, type FilterCheck } from './filterCheck';
import type { Observer } from './observer';
import type { PersonState } from './state';
import type { Tracer } from './tracer';
import { triggerMatches } from './triggers';

/** A transition rule that may pull a member of a given stream (`Moves.rulesFrom`). */
interface RuleFrom {
  rule: CompiledRule;
  trigger: CompiledTrigger;
  checks: FilterCheck[];
}

/** R49: a chain of moves from one originating happening stops after this many. */
export const MAX_CHAIN = 5;

export class Moves {
  /** The next cast of the person's stream to simulate (index into its cast table). */
  nextCast = 0;
  /** Joins, moves and removals so far (any person): whether a happening moved the person. */
  moved = 0;
  private p = 0;
  private tracer: Tracer | null = null;
  private observer: Observer | null = null;
  /**
   * Per stream, per trigger kind: the rules that can pull a member of that stream, in R49 order.
   * Leaves out rules into the stream itself (R47) and rules with an "in stream" filter naming
   * another stream, which can never hold for a member there: a happening then looks at the one or
   * two rules that may fire rather than at every rule with its trigger. Each comes with its filters
   * to check, less the "in stream" ones naming that stream, which always hold for its members.
   */
  private readonly rulesFrom: RuleFrom[][][];
  /** Per batch move: its filters as checks. */
  private readonly batchChecks: FilterCheck[][];

  constructor(
    private readonly program: CompiledProgram,
    private readonly range: SimulationRange,
    private readonly state: PersonState,
    private readonly clock: BatchClock,
    private readonly sink: RecordSink,
  ) {
    this.rulesFrom = program.streams.map((_, s) =>
      program.rulesByTrigger.map((candidates) =>
        candidates
          .filter(
            ({ rule }) =>
              rule.stream !== s && !rule.filters.some((f) => f.kind === 6 && f.stream !== s),
          )
          .map(({ rule, trigger }) => ({
            rule,
            trigger,
            checks: checksOf(rule.filters.filter((f) => f.kind !== 6)),
          })),
      ),
    );
    this.batchChecks = program.batchMoves.map((b) => checksOf(b.filters));
  }

  forPerson(p: number, tracer: Tracer | null, observer: Observer | null) {
    this.p = p;
    this.tracer = tracer;
    this.observer = observer;
    this.nextCast = 0;
  }

  private write(at: number): boolean {
    return at >= this.range.fromAt && at < this.range.endAt;
  }

  /** First cast of `stream` whose recipient set is fixed at or after t (R23, R33). */
  private firstCastFrom(stream: CompiledStream, t: number): number {
    const setAt = stream.casts.setAt;
    let lo = 0;
    let hi = stream.casts.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (setAt[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  join(t: number, stream: number, paused: boolean) {
    const state = this.state;
    this.moved++;
    state.member = true;
    state.stream = stream;
    state.paused = paused;
    state.exhausted = false;
    this.nextCast = this.firstCastFrom(this.program.streams[stream]!, t);
    if (this.write(t)) this.sink.move(t, this.p, -1, stream, CAUSE.event, -1);
    this.tracer?.move(t, -1, stream, CAUSE.event, -1);
    this.observer?.moved(t, -1, stream, CAUSE.event, -1);
    this.observer?.place(t, stream, paused, false);
  }

  moveTo(t: number, stream: number, causeKind: CauseKind, cause: number) {
    const state = this.state;
    this.moved++;
    const from = state.stream;
    this.tracer?.move(t, from, stream, causeKind, cause); // before: the state it was decided on
    state.stream = stream;
    state.exhausted = false; // R39: false until the new stream's next cast
    this.nextCast = this.firstCastFrom(this.program.streams[stream]!, t);
    if (this.write(t)) this.sink.move(t, this.p, from, stream, causeKind, cause);
    this.observer?.moved(t, from, stream, causeKind, cause);
    this.observer?.place(t, stream, state.paused, false);
  }

  /** R52: out of the program; email consumption cleared, program memberships kept. */
  remove(t: number) {
    const state = this.state;
    this.moved++;
    const from = state.stream;
    state.member = false;
    state.stream = -1;
    state.paused = false;
    state.exhausted = false;
    state.clearEmailConsumption(this.program.programMask);
    if (this.write(t)) this.sink.remove(t, this.p);
    this.tracer?.remove(t);
    this.observer?.moved(t, from, -1, CAUSE.event, -1);
    this.observer?.place(t, -1, false, false);
  }

  /**
   * A happening that may trigger transition rules (R47-R49): the matching rule of the stream with
   * the lowest display index pulls the person; each move is itself a `streamChanged` happening,
   * and a chain stops after five moves in all (semantics 20). Non-members' happenings come here
   * too, only so an explanation can say why no rule fired.
   */
  fire(t: number, kind: TriggerKind, target: number, value: Scalar, movesSoFar: number) {
    const state = this.state;
    let moves = movesSoFar;
    for (;;) {
      this.tracer?.happening(t, kind, target, value, moves);
      if (moves >= MAX_CHAIN || !state.member) return;
      // Never into the stream they are in (R47): left out of `rulesFrom`, as rules that cannot hold.
      const candidates = this.rulesFrom[state.stream]![kind]!;
      let winner = -1;
      let cause = -1;
      for (let i = 0; i < candidates.length; i++) {
        const { rule, trigger, checks } = candidates[i]!;
        if (!triggerMatches(trigger, target, value)) continue;
        if (!state.allPass(checks)) continue;
        winner = rule.stream;
        cause = rule.index;
        break;
      }
      if (winner < 0) return;
      this.moveTo(t, winner, CAUSE.rule, cause);
      moves++;
      kind = TRIGGER.streamChanged;
      target = winner;
    }
  }

  /** Batch-move run `i` (R41, semantics 22): the moves due then that must look at the person. */
  runBatch(i: number) {
    const state = this.state;
    const t = this.program.batchAt[i]!;
    const due = this.program.batchDue[i]!;
    for (let j = 0; j < due.length; j++) {
      const b = due[j]!;
      if (!this.clock.look(b)) continue;
      const def = this.program.batchMoves[b]!;
      if (!state.member) break;
      if ((def.from >= 0 && def.from !== state.stream) || state.stream === def.to) continue;
      if (!state.allPass(this.batchChecks[b]!)) continue;
      this.moveTo(t, def.to, CAUSE.batch, def.index);
      this.fire(t, TRIGGER.streamChanged, def.to, null, 1);
      // Later moves of this same run look at the moved person (array order, semantics 3).
      this.clock.changed(t, PHASE.batch, state.member ? state.stream : -1);
    }
  }
}
