/**
 * A program item's turn in a cast (R28-R29): its cast campaign runs, and the item is consumed
 * whether or not the person qualifies. Apart from cast.ts, whose send path runs for nearly every
 * cast and must stay small.
 */
import type { CompiledProgram, CompiledStream } from '../compiled';
import type { SimulationRange } from '../compile/range';
import { METRIC } from '../metrics';
import type { RecordSink } from '../records';
import type { EngagementTracker } from './engagementTracker';
import { checksOf, type FilterCheck } from './filterCheck';
import { OUTCOME, type Outcome } from './observer';
import type { PersonState } from './state';
import type { Tracer } from './tracer';

export class ProgramItems {
  /** Per stream, per slot: the item's qualification filters as checks. */
  private readonly qualify: FilterCheck[][][];

  constructor(
    program: CompiledProgram,
    private readonly range: SimulationRange,
    private readonly state: PersonState,
    private readonly engagement: EngagementTracker,
    private readonly sink: RecordSink,
  ) {
    this.qualify = program.streams.map((s) => s.slots.map((slot) => checksOf(slot.qualify)));
  }

  /** Person `p`'s program item `c` at eligible entry `e` of cast k; returns the outcome. */
  run(
    stream: CompiledStream,
    k: number,
    e: number,
    c: number,
    p: number,
    tracer: Tracer | null,
  ): Outcome {
    const state = this.state;
    const casts = stream.casts;
    const qualified = state.allPass(this.qualify[stream.index]![casts.eligSlot[e]!]!);
    state.set(state.consumed, c);
    state.set(state.received, c);
    const at = casts.at[k]!;
    // Semantics 8: a qualified program sends one email unless the person is blocked then (R36).
    const unsubscribed = qualified && state.unsubscribed;
    const overLimit = qualified && !unsubscribed && state.overLimit(casts.day[k]!);
    if (qualified && !unsubscribed && !overLimit) state.countEmail(casts.day[k]!);
    if (at >= this.range.fromAt && at < this.range.endAt)
      this.sink.program(at, p, stream.index, c, qualified);
    this.engagement.count(stream.entryBase + e, METRIC.processed);
    if (qualified) this.engagement.count(stream.entryBase + e, METRIC.qualified);
    tracer?.item(
      stream.index,
      k,
      e - casts.eligStart[k]!,
      !qualified
        ? 'programFailed'
        : unsubscribed
          ? 'programBlockedUnsubscribed'
          : overLimit
            ? 'programBlockedLimit'
            : 'programQualified',
      at,
    );
    return qualified ? OUTCOME.programQualified : OUTCOME.programFailed;
  }
}
