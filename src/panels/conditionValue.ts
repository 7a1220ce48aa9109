/**
 * The value side of a comparison (attribute filters, "changes to" conditions), kept strict: the
 * user says whether it is text, a number or yes/no, so "50" and 50 never get mixed up
 * (semantics 24). `in`/`notIn` take a list, typed as comma-separated values.
 */
import type { Operator, Scalar } from '../model';
import { parseNumber } from './parse';

export type ValueType = 'string' | 'number' | 'boolean';
export type ConditionValue = Scalar | Scalar[];

export const isListOp = (op: Operator) => op === 'in' || op === 'notIn';

/** The type a value shows, or null when it shows none (an empty list, null). */
export function valueTypeOf(value: ConditionValue): ValueType | null {
  const sample = Array.isArray(value) ? value[0] : value;
  if (sample === undefined || sample === null) return null;
  return typeof sample === 'number' ? 'number' : typeof sample === 'boolean' ? 'boolean' : 'string';
}

export function valueText(value: ConditionValue): string {
  const one = (v: Scalar) => (v === null ? '' : String(v));
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

function parseScalar(text: string, type: ValueType): Scalar | undefined {
  if (type === 'string') return text;
  if (type === 'number') return parseNumber(text) ?? undefined;
  const word = text.trim().toLowerCase();
  return word === 'true' ? true : word === 'false' ? false : undefined;
}

/** The value `text` stands for, or undefined when it does not fit `type`. */
export function parseValue(
  text: string,
  type: ValueType,
  list: boolean,
): ConditionValue | undefined {
  if (!list) return parseScalar(type === 'string' ? text : text.trim(), type);
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const values = parts.map((part) => parseScalar(part, type));
  return values.some((v) => v === undefined) ? undefined : (values as Scalar[]);
}

const EMPTY: Record<ValueType, Scalar> = { string: '', number: 0, boolean: true };

/** `value` as another type and/or shape, keeping what still makes sense. */
export function convertValue(
  value: ConditionValue,
  type: ValueType,
  list: boolean,
): ConditionValue {
  const items = Array.isArray(value) ? value : [value];
  const converted = items.map((v) => parseScalar(v === null ? '' : String(v), type) ?? EMPTY[type]);
  return list ? converted.filter((v) => v !== '') : (converted[0] ?? EMPTY[type]);
}
