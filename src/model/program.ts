/** The engagement program: streams, cadences, content, transition rules and batch moves. */
import { z } from 'zod';
import { FilterSchema, TriggerSchema } from './filters';
import { Id, IsoDate, LocalTime, Probability, TimeZone, WeekdaySchema } from './primitives';

export const MAX_STREAMS = 25; // R2

export const BehaviorSchema = z.looseObject({
  open: Probability.optional(),
  click: Probability.optional(),
  unsubscribe: Probability.optional(),
});
export type Behavior = z.infer<typeof BehaviorSchema>;

const Every = z.number().int('expected a whole number').min(1, 'expected a whole number >= 1');

const WeeklyCadence = z.looseObject({
  type: z.literal('weekly'),
  firstCast: IsoDate,
  time: LocalTime,
  every: Every,
  weekdays: z
    .array(WeekdaySchema)
    .min(1, 'expected at least one weekday')
    .refine((days) => new Set(days).size === days.length, 'expected each weekday at most once'),
  recipientTimeZone: z.boolean().optional(),
});

const MonthlyCadence = z
  .looseObject({
    type: z.literal('monthly'),
    firstCast: IsoDate,
    time: LocalTime,
    every: Every,
    dayOfMonth: z
      .number()
      .int('expected a whole number')
      .min(1, 'expected a day from 1 to 31')
      .max(31, 'expected a day from 1 to 31')
      .optional(),
    nthWeekday: z
      .looseObject({
        n: z
          .number()
          .int('expected 1, 2, 3 or 4')
          .min(1, 'expected 1, 2, 3 or 4')
          .max(4, 'expected 1, 2, 3 or 4'),
        weekday: WeekdaySchema,
      })
      .optional(),
    recipientTimeZone: z.boolean().optional(),
  })
  .superRefine((cadence, ctx) => {
    if ((cadence.dayOfMonth === undefined) === (cadence.nthWeekday === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'expected exactly one of dayOfMonth or nthWeekday',
      });
    }
  });

export const CadenceSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('none') }),
  WeeklyCadence,
  MonthlyCadence,
]);
export type Cadence = z.infer<typeof CadenceSchema>;
export type WeeklyCadence = z.infer<typeof WeeklyCadence>;
export type MonthlyCadence = z.infer<typeof MonthlyCadence>;

/** `qualify` is a program item's smart list (R29); on an email it has no meaning and is ignored. */
export const ContentItemSchema = z.looseObject({
  id: Id,
  type: z.enum(['email', 'program']),
  name: z.string().optional(),
  active: z.boolean().optional(),
  activeFrom: IsoDate.nullable().optional(),
  activeThrough: IsoDate.nullable().optional(),
  qualify: z.array(FilterSchema).optional(),
  behavior: BehaviorSchema.optional(),
});
export type ContentItem = z.infer<typeof ContentItemSchema>;

export const TransitionRuleSchema = z.looseObject({
  id: Id,
  triggers: z.array(TriggerSchema).min(1, 'expected at least one trigger'),
  filters: z.array(FilterSchema).optional(),
});
export type TransitionRule = z.infer<typeof TransitionRuleSchema>;

export const StreamSchema = z.looseObject({
  id: Id,
  name: z.string().optional(),
  cadence: CadenceSchema.optional(),
  content: z.array(ContentItemSchema).optional(),
  transitions: z.array(TransitionRuleSchema).optional(),
});
export type Stream = z.infer<typeof StreamSchema>;

/** R41: a daily batch; `time` defaults to 07:00 in the program zone. */
export const DEFAULT_BATCH_TIME = '07:00';
export const BatchMoveSchema = z.looseObject({
  id: Id,
  from: Id.optional(),
  to: Id,
  time: LocalTime.optional(),
  filters: z.array(FilterSchema).optional(),
});
export type BatchMove = z.infer<typeof BatchMoveSchema>;

const Cap = z.number().int('expected a whole number').min(0, 'expected a whole number >= 0');

export const ProgramSchema = z.looseObject({
  id: Id,
  name: z.string().optional(),
  timeZone: TimeZone,
  status: z.enum(['on', 'off']).optional(),
  streams: z.array(StreamSchema).max(MAX_STREAMS, `expected at most ${MAX_STREAMS} streams (R2)`),
  communicationLimits: z
    .looseObject({ perDay: Cap.optional(), per7Days: Cap.optional() })
    .optional(),
  batchMoves: z.array(BatchMoveSchema).optional(),
  behavior: BehaviorSchema.optional(),
});
export type Program = z.infer<typeof ProgramSchema>;
