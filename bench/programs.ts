/**
 * Synthetic programs for the benchmark: the target shape, a year of weekly casts over five
 * streams of twelve items, with transitions, a daily batch move and sampled behaviour, for an
 * audience made by the generator.
 */
import type { Scenario } from '../src/model';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

export function yearOfWeeklyCasts(
  people: number,
  options: { rtz?: boolean; limits?: boolean } = {},
): Scenario {
  const streams = Array.from({ length: 5 }, (_, s) => ({
    id: `S${s + 1}`,
    name: `Stream ${s + 1}`,
    cadence: {
      type: 'weekly' as const,
      firstCast: `2025-01-${String(6 + s).padStart(2, '0')}`,
      time: '09:00',
      every: 1,
      weekdays: [WEEKDAYS[s]!],
      recipientTimeZone: options.rtz === true,
    },
    content: Array.from({ length: 12 }, (_, i) => ({
      // The first two items of a stream are the previous stream's third and fourth (dedup, R14).
      id: s > 0 && i < 2 ? `E${s - 1}.${i + 2}` : `E${s}.${i}`,
      type: 'email' as const,
      ...(i === 11 ? { activeFrom: '2025-06-01' } : {}),
    })),
    transitions:
      s === 0
        ? []
        : [
            {
              id: `t${s}-click`,
              triggers: [{ type: 'clicksEmail' as const, content: `E${s - 1}.5` }],
            },
            {
              id: `t${s}-score`,
              triggers: [{ type: 'opensEmail' as const }],
              filters: [
                { type: 'inStream' as const, stream: `S${s}` },
                {
                  type: 'attribute' as const,
                  attribute: 'score',
                  op: 'gte' as const,
                  value: 90 - s,
                },
              ],
            },
          ],
  }));
  return {
    format: 'lanecast',
    version: 1,
    program: {
      id: 'bench',
      timeZone: 'America/New_York',
      streams,
      batchMoves: [
        {
          id: 'b-exhausted',
          from: 'S1',
          to: 'S3',
          time: '07:00',
          filters: [{ type: 'exhausted', value: true }],
        },
      ],
      behavior: { open: 0.25, click: 0.04, unsubscribe: 0.002 },
      ...(options.limits ? { communicationLimits: { perDay: 1, per7Days: 3 } } : {}),
    },
    generator: {
      seed: 7,
      cohorts: [
        {
          id: 'p',
          size: people,
          join: { stream: 'S1', from: '2025-01-01', time: '08:00', perDay: Math.ceil(people / 60) },
          attributes: { score: { uniform: { min: 0, max: 100, integer: true } } },
          timeZones: [
            { zone: null, weight: 3 },
            { zone: 'Europe/Berlin', weight: 1 },
            { zone: 'America/Los_Angeles', weight: 1 },
            { zone: 'Asia/Tokyo', weight: 1 },
          ],
        },
      ],
    },
    simulation: { from: '2025-01-01', until: '2025-12-31', seed: 1 },
  } as Scenario;
}
