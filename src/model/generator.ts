/**
 * The audience generator kept under a scenario's `"generator"` key: cohorts of synthetic people with
 * a join schedule, attribute distributions, a time-zone mix, prior program memberships and
 * behaviour rates. Lanecast's own extension of the format; docs/format.md describes it.
 */
import { z } from 'zod';
import { BehaviorSchema } from './program';
import { Id, IsoDate, LocalTime, Probability, Scalar, TimeZone } from './primitives';
import { expecting } from './zodIssues';

/** Largest audience one file may generate: the preview's design target. */
export const MAX_GENERATED_PEOPLE = 2_000_000;

const Weight = z.number().positive(expecting('weight'));
/** A whole number >= 1; the message names the key (`perDay >= 1`). */
const Count = z.number().int(expecting('aWholeNumber')).min(1, expecting('countAtLeast'));

export const DistributionSchema = z.union(
  [
    z.looseObject({ value: Scalar }),
    z.looseObject({
      oneOf: z.array(z.looseObject({ value: Scalar, weight: Weight })).min(1, expecting('aValue')),
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
        message: expecting('uniformOrder'),
        path: ['uniform'],
      }),
  ],
  {
    error: expecting('distribution'),
  },
);
export type Distribution = z.infer<typeof DistributionSchema>;

export const JoinScheduleSchema = z
  .looseObject({
    stream: Id.optional(),
    from: IsoDate,
    time: LocalTime.optional(),
    perDay: Count.optional(),
    perWeek: Count.optional(),
  })
  .refine((j) => j.perDay === undefined || j.perWeek === undefined, {
    message: expecting('dayOrWeek'),
  });
export type JoinSchedule = z.infer<typeof JoinScheduleSchema>;

export const CohortSchema = z.looseObject({
  id: Id,
  size: Count.max(MAX_GENERATED_PEOPLE, expecting('peopleAtMost')),
  join: JoinScheduleSchema,
  attributes: z.record(z.string(), DistributionSchema).optional(),
  timeZones: z
    .array(z.looseObject({ zone: TimeZone.nullable(), weight: Weight }))
    .min(1, expecting('aZone'))
    .optional(),
  programs: z.array(z.looseObject({ program: Id, share: Probability })).optional(),
  unsubscribed: Probability.optional(),
  behavior: BehaviorSchema.optional(),
});
export type Cohort = z.infer<typeof CohortSchema>;

export const GeneratorSchema = z.looseObject({
  seed: z.number().int(expecting('aWholeNumber')).optional(),
  cohorts: z.array(CohortSchema),
});
export type Generator = z.infer<typeof GeneratorSchema>;
