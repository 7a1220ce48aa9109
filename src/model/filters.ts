/** Filters (smart-list conditions) and the trigger conditions they share (R47, R51). */
import { z } from 'zod';
import { Id, Scalar } from './primitives';
import { expecting } from './zodIssues';

export const OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn', 'contains'] as const;
export type Operator = (typeof OPERATORS)[number];
export const OperatorSchema = z.enum(OPERATORS);

/** `in`/`notIn` compare against an array, every other operator against one scalar. */
const ComparisonValue = z.union([Scalar, z.array(Scalar)], {
  error: expecting('comparison'),
});

function checkOperand(
  value: { op: Operator; value: unknown },
  ctx: {
    addIssue: (issue: {
      code: 'custom';
      message: string;
      path: PropertyKey[];
      params: { op: string };
    }) => void;
  },
) {
  const wantsArray = value.op === 'in' || value.op === 'notIn';
  if (wantsArray !== Array.isArray(value.value)) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: expecting(wantsArray ? 'arrayForOp' : 'singleForOp'),
      params: { op: value.op },
    });
  }
}

export const Condition = z
  .looseObject({ op: OperatorSchema, value: ComparisonValue })
  .superRefine(checkOperand);
export type Condition = z.infer<typeof Condition>;

const AttributeFilter = z
  .looseObject({
    type: z.literal('attribute'),
    attribute: Id,
    op: OperatorSchema,
    value: ComparisonValue,
  })
  .superRefine(checkOperand);

export const FilterSchema = z.discriminatedUnion('type', [
  AttributeFilter,
  z.looseObject({ type: z.literal('received'), content: Id }),
  z.looseObject({ type: z.literal('opened'), content: Id.optional() }),
  z.looseObject({ type: z.literal('clicked'), content: Id.optional() }),
  z.looseObject({ type: z.literal('exhausted'), value: z.boolean() }),
  z.looseObject({ type: z.literal('cadence'), value: z.enum(['normal', 'paused']) }),
  z.looseObject({ type: z.literal('inStream'), stream: Id }),
]);
export type Filter = z.infer<typeof FilterSchema>;
export type FilterType = Filter['type'];

export const TriggerSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('attributeChanged'), attribute: Id, to: Condition.optional() }),
  z.looseObject({ type: z.literal('fillsOutForm'), form: Id.optional() }),
  z.looseObject({ type: z.literal('clicksEmail'), content: Id.optional() }),
  z.looseObject({ type: z.literal('opensEmail'), content: Id.optional() }),
  z.looseObject({ type: z.literal('addedToProgram') }),
  z.looseObject({ type: z.literal('streamChanged'), to: Id.optional() }),
]);
export type Trigger = z.infer<typeof TriggerSchema>;
export type TriggerType = Trigger['type'];
