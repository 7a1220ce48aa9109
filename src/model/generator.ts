/**
 * The audience generator kept under a scenario's `"generator"` key: cohorts of synthetic people with
 * a join schedule, attribute distributions, a time-zone mix, prior program memberships and
 * behaviour rates. Lanecast's own extension of the format; docs/format.md describes it.
 */
import { z } from 'zod';
import { BehaviorSchema } from './program';
import { Id, IsoDate, LocalTime, Probability, Scalar, TimeZone } from './primitives';

/** Largest audience one file may generate: the preview's design target. */
export const MAX_GENERATED_PEOPLE = 2_000_000;

const Weight = z.number().positive('expected a weight > 0');
const Count = (what: string) =>
  z.number().int('expected a whole number').min(1, `expected ${what} >= 1`);

export const DistributionSchema = z.union(
  [
    z.looseObject({ value: Scalar }),
    z.looseObject({
      oneOf: z
        .array(z.looseObject({ value: Scalar, weight: Weight }))
        .min(1, 'expected at least one value'),
    }),
    z
      .looseObject({
        uniform: z.looseObject({
          min: z.number(),
          max: z.number(),
          integer: z.boolean().optional(),
        }),
      })
      .refine((d) => d.uniform.min <= d.uniform.max, {
        message: 'expected uniform.min <= uniform.max',
        path: ['uniform'],
      }),
  ],
  {
    error:
      'expected {"value": v}, {"oneOf": [{"value": v, "weight": w}, ...]} or {"uniform": {"min": a, "max": b}}',
  },
);
export type Distribution = z.infer<typeof DistributionSchema>;

export const JoinScheduleSchema = z
  .looseObject({
    stream: Id.optional(),
    from: IsoDate,
    time: LocalTime.optional(),
    perDay: Count('perDay').optional(),
    perWeek: Count('perWeek').optional(),
  })
  .refine((j) => j.perDay === undefined || j.perWeek === undefined, {
    message: 'expected at most one of perDay or perWeek',
  });
export type JoinSchedule = z.infer<typeof JoinScheduleSchema>;

export const CohortSchema = z.looseObject({
  id: Id,
  size: Count('size').max(MAX_GENERATED_PEOPLE, `expected at most ${MAX_GENERATED_PEOPLE} people`),
  join: JoinScheduleSchema,
  attributes: z.record(z.string(), DistributionSchema).optional(),
  timeZones: z
    .array(z.looseObject({ zone: TimeZone.nullable(), weight: Weight }))
    .min(1, 'expected at least one time zone')
    .optional(),
  programs: z.array(z.looseObject({ program: Id, share: Probability })).optional(),
  unsubscribed: Probability.optional(),
  behavior: BehaviorSchema.optional(),
});
export type Cohort = z.infer<typeof CohortSchema>;

export const GeneratorSchema = z.looseObject({
  seed: z.number().int('expected a whole number').optional(),
  cohorts: z.array(CohortSchema),
});
export type Generator = z.infer<typeof GeneratorSchema>;
