/**
 * Delivery instants under recipient time zone (R23): the cast time on the cast date in each
 * person's zone (the program zone when unknown), and the program-zone day each delivery falls on
 * (the day communication limits count it on, semantics 8). Computed once per cast and zone.
 */
import type { CompiledProgram, CompiledStream } from '../compiled';
import { dayInZone, zonedInstant } from '../time/zones';

export class DeliverySchedule {
  private readonly atCache: Float64Array[];
  private readonly dayCache: Float64Array[];

  constructor(
    private readonly program: CompiledProgram,
    private readonly zones: string[],
  ) {
    // NaN marks a (cast, zone) not computed yet; only RTZ streams ever fill theirs.
    const sized = (s: CompiledStream) =>
      new Float64Array(s.rtz ? s.casts.count * zones.length : 0).fill(NaN);
    this.atCache = program.streams.map(sized);
    this.dayCache = program.streams.map(sized);
  }

  at(stream: CompiledStream, k: number, zone: number): number {
    if (zone === 0) return stream.casts.at[k]!;
    const cache = this.atCache[stream.index]!;
    const i = k * this.zones.length + zone;
    let at = cache[i]!;
    if (Number.isNaN(at)) {
      at = zonedInstant(this.zones[zone]!, stream.casts.day[k]!, stream.casts.minutes);
      cache[i] = at;
    }
    return at;
  }

  day(stream: CompiledStream, k: number, zone: number): number {
    if (zone === 0) return stream.casts.day[k]!;
    const cache = this.dayCache[stream.index]!;
    const i = k * this.zones.length + zone;
    let day = cache[i]!;
    if (Number.isNaN(day)) {
      day = dayInZone(this.program.zone, this.at(stream, k, zone));
      cache[i] = day;
    }
    return day;
  }
}
