/**
 * What the forecast suggests for a stream whose members run dry, each hint one document action:
 * more content (as many emails as casts find half the members with nothing, 1 to 10), a slower
 * cadence (the smallest larger interval, up to monthly or quarterly, with fewer casts before the end
 * of the period than it took half the members to run dry), or a daily move of those who run dry to
 * the next stream in display order (R41).
 * A hint that would change nothing is not offered.
 */
import { castDays, type PreviewFrame } from '../../engine';
import type { BatchMove, Scenario, Stream } from '../../model';
import type { StreamForecast } from './forecastModel';

export const MAX_NEW_EMAILS = 10;
/**
 * The slowest cadence the forecast suggests: once a month (every 4 weeks) or once a quarter. Slower
 * than that a nurture goes quiet; adding content is the better advice, and it is offered too.
 */
const MAX_EVERY = { weekly: 4, monthly: 3 } as const;

export type Hint =
  | { kind: 'addEmails'; stream: string; count: number }
  | {
      kind: 'slowDown';
      stream: string;
      unit: 'weekly' | 'monthly';
      every: number;
      /** The interval now. */
      was: number;
      /** Casts from the first member to the end of the period: now, and with the new interval. */
      castsNow: number;
      castsThen: number;
      /** Casts after which half the members had run dry. */
      castsToHalf: number;
    }
  | { kind: 'moveRunDry'; from: string; to: string };

/** A batch move that already takes the stream's members who run dry (R41). */
export function takesRunDry(batch: BatchMove, stream: string): boolean {
  if (batch.from !== undefined && batch.from !== stream) return false;
  if (batch.to === stream) return false;
  const filters = batch.filters ?? [];
  return filters.length === 0 || filters.some((f) => f.type === 'exhausted' && f.value === true);
}

function slowDown(stream: Stream, forecast: StreamForecast, frame: PreviewFrame): Hint | null {
  const cadence = stream.cadence;
  const { half, firstMemberDay } = forecast;
  if (cadence === undefined || cadence.type === 'none' || half === null || firstMemberDay === null)
    return null;
  const castsIn = (every: number) =>
    castDays({ ...cadence, every }, frame.untilDay).filter((day) => day >= firstMemberDay).length;
  const castsNow = castsIn(cadence.every);
  for (let every = cadence.every + 1; every <= MAX_EVERY[cadence.type]; every++) {
    const castsThen = castsIn(every);
    if (castsThen < half.casts)
      return {
        kind: 'slowDown',
        stream: stream.id,
        unit: cadence.type,
        every,
        was: cadence.every,
        castsNow,
        castsThen,
        castsToHalf: half.casts,
      };
  }
  return null;
}

export function forecastHints(
  doc: Scenario,
  frame: PreviewFrame,
  forecast: StreamForecast,
): Hint[] {
  const id = frame.streamIds[forecast.stream]!;
  const streams = doc.program.streams;
  const index = streams.findIndex((s) => s.id === id);
  if (index < 0 || (forecast.kind !== 'mostDry' && forecast.kind !== 'someDry')) return [];
  const hints: Hint[] = [];
  if (forecast.kind === 'mostDry') {
    const count = Math.min(MAX_NEW_EMAILS, Math.max(1, forecast.castsAfterHalf));
    hints.push({ kind: 'addEmails', stream: id, count });
    const slower = slowDown(streams[index]!, forecast, frame);
    if (slower !== null) hints.push(slower);
  }
  // Onward only: the next stream in display order (never back up to an earlier one).
  const next = streams[index + 1];
  const taken = (doc.program.batchMoves ?? []).some((b) => takesRunDry(b, id));
  if (next !== undefined && !taken) hints.push({ kind: 'moveRunDry', from: id, to: next.id });
  return hints;
}
