/**
 * The communication-limit counts of the one person explained (R34-R35, semantics 8), kept as a list
 * of what was counted so a block can name the deliveries that used the cap: engagement sends
 * (recipient-time-zone ones as soon as they are decided), qualified program items not blocked
 * then, and non-operational external emails. Counted by the program-zone day of the delivery, as
 * `PersonState.countEmail` and `DeliverySchedule.day` do.
 */
import type { CompiledProgram } from '../compiled';
import type { PersonEvent } from '../compile/events';
import { formatInstant, isoOfDay } from '../time/days';
import { dayInZone } from '../time/zones';
import type { CountedDelivery, LimitUse } from './types';

export class LimitLedger {
  private readonly counted: { day: number; use: CountedDelivery }[] = [];

  constructor(
    private readonly program: CompiledProgram,
    /** The person's zone index (0: the program zone). */
    private readonly zone: number,
  ) {}

  /** The day an email of cast k of stream s delivered at `at` counts on. */
  private dayOf(s: number, k: number, at: number): number {
    const stream = this.program.streams[s]!;
    return stream.rtz && this.zone !== 0 ? dayInZone(this.program.zone, at) : stream.casts.day[k]!;
  }

  sent(s: number, k: number, content: number, at: number) {
    this.counted.push({
      day: this.dayOf(s, k, at),
      use: { at: formatInstant(at), kind: 'send', ...this.where(s, content) },
    });
  }

  /** A qualified program item whose email was not blocked: one email at the cast (R24, R29). */
  programItem(s: number, k: number, content: number) {
    const casts = this.program.streams[s]!.casts;
    this.counted.push({
      day: casts.day[k]!,
      use: { at: formatInstant(casts.at[k]!), kind: 'program', ...this.where(s, content) },
    });
  }

  external(event: PersonEvent) {
    if (event.operational) return; // R35
    this.counted.push({
      day: dayInZone(this.program.zone, event.at),
      use: { at: formatInstant(event.at), kind: 'external', index: event.fileIndex },
    });
  }

  /**
   * The cap that held back an email of cast k of stream s due at `at` (a program item's: at the
   * cast), checked in `PersonState.overLimit`'s order: per day first, then per 7 days.
   */
  use(s: number, k: number, at: number): LimitUse {
    const limits = this.program.limits!;
    const day = this.dayOf(s, k, at);
    const sameDay = this.counted.filter((c) => c.day === day);
    const perDay = sameDay.length >= limits.perDay;
    const used = perDay ? sameDay : this.counted.filter((c) => c.day > day - 7 && c.day <= day);
    return {
      cap: perDay ? 'perDay' : 'per7Days',
      value: perDay ? limits.perDay : limits.per7Days,
      day: isoOfDay(day),
      from: isoOfDay(perDay ? day : day - 6),
      used: used.map((c) => c.use),
    };
  }

  private where(s: number, content: number) {
    return { stream: this.program.streams[s]!.id, content: this.program.contentIds[content]! };
  }
}
