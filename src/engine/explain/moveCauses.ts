/**
 * What made each move of the person explained (R41, R47, R49): the tracer hears the happening a
 * rule move follows from, and checks a batch move's filters before the move changes the state.
 */
import type { Scalar } from '../../model';
import type { CompiledProgram, TriggerKind } from '../compiled';
import { CAUSE, type CauseKind } from '../records';
import type { PersonState } from '../sim/state';
import { checkFilters, happeningOf, ruleRef } from './describe';
import { judge } from './judge';
import type { MoveWhy } from './types';

export class MoveCauses {
  /** The rule the last happening set moving, for the move that follows it. */
  private firing: MoveWhy | null = null;

  constructor(
    private readonly program: CompiledProgram,
    private readonly state: PersonState,
  ) {}

  happening(kind: TriggerKind, target: number, value: Scalar, moves: number) {
    const program = this.program;
    const moved = judge(program, this.state, kind, target, value, moves).find(
      (j) => j.outcome.result === 'moved',
    );
    this.firing = moved
      ? {
          by: 'rule',
          rule: ruleRef(program, moved.rule),
          triggerIndex: moved.triggerIndex,
          happening: happeningOf(program, kind, target, value),
        }
      : null;
  }

  /** Called before the move changes the state, so a batch move's filters read as it found them. */
  why(causeKind: CauseKind, cause: number): MoveWhy {
    if (causeKind === CAUSE.event) return { by: 'event' };
    if (causeKind === CAUSE.batch) {
      const def = this.program.batchMoves[cause]!;
      const filters = checkFilters(this.program, this.state, def.filters);
      return { by: 'batch', batch: def.id, index: def.index, filters };
    }
    const firing = this.firing!;
    this.firing = null;
    return firing;
  }
}
