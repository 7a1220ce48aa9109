/** The engagement program: streams, cadences, content, transition rules and batch moves. */
import { z } from 'zod';
import { FilterSchema, TriggerSchema } from './filters';
import { Id, IsoDate, LocalTime, Probability, TimeZone, WeekdaySchema } from './primitives';
import { expecting } from './zodIssues';

export const MAX_STREAMS = 25; // R2

export const BehaviorSchema = z.looseObject({
  open: Probability.optional(),
  click: Probability.optional(),
  unsubscribe: Probability.optional(),
});
export type Behavior = z.infer<typeof BehaviorSchema>;

const Every = z.number().int(expecting('aWholeNumber')).min(1, expecting('wholeAtLeast'));

const WeeklyCadence = z.looseObject({
  type: z.literal('weekly'),
  firstCast: IsoDate,
  time: LocalTime,
  every: Every,
  weekdays: z
    .array(WeekdaySchema)
    .min(1, expecting('aWeekday'))
    .refine((days) => new Set(days).size === days.length, expecting('weekdaysOnce')),
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
      .int(expecting('aWholeNumber'))
      .min(1, expecting('dayOfMonth'))
      .max(31, expecting('dayOfMonth'))
      .optional(),
    nthWeekday: z
      .looseObject({
        n: z
          .number()
          .int(expecting('weekOfMonth'))
          .min(1, expecting('weekOfMonth'))
          .max(4, expecting('weekOfMonth')),
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
        message: expecting('dayOrWeekday'),
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
  triggers: z.array(TriggerSchema).min(1, expecting('aTrigger')),
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

const Cap = z.number().int(expecting('aWholeNumber')).min(0, expecting('wholeAtLeast'));

export const ProgramSchema = z.looseObject({
  /** Optional (spec: only timeZone and streams are required); `name` defaults to it. */
  id: Id.optional(),
  name: z.string().optional(),
  timeZone: TimeZone,
  status: z.enum(['on', 'off']).optional(),
  streams: z.array(StreamSchema).max(MAX_STREAMS, expecting('streamsAtMost')),
  communicationLimits: z
    .looseObject({ perDay: Cap.optional(), per7Days: Cap.optional() })
    .optional(),
  batchMoves: z.array(BatchMoveSchema).optional(),
  behavior: BehaviorSchema.optional(),
});
export type Program = z.infer<typeof ProgramSchema>;
