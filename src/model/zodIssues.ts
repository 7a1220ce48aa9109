/**
 * How zod's issues become problems. The schemas name what they expect by a message code
 * (`z.string({ error: expecting('date') })`); zod's own issues (a wrong type, a value outside an
 * enum) are worded from their fields. Whatever was found is described by quote.ts, never
 * written out whole.
 */
import type { z } from 'zod';
import { ENGLISH, isMessageCode, type MessageCode, type Param, type Phrase } from './messages';
import { type JsonPath, type Problem, problem } from './problems';
import { describeValue, quote, shortText } from './quote';

/** A schema's message: the code of what it expects, checked by the compiler. */
export const expecting = (code: MessageCode): string => code;

const TYPE_NAMES: Record<string, MessageCode> = {
  int: 'aWholeNumber',
  number: 'aNumber',
  string: 'aString',
  boolean: 'trueOrFalse',
  object: 'anObject',
  record: 'anObject',
  array: 'anArray',
};

/** The value at `path` in the raw input; only own properties, so `constructor` is not Object's. */
function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

const isPlain = (value: unknown) =>
  value !== undefined && (value === null || typeof value !== 'object');

/** The parameters a schema's expectation needs, read from the issue and its path. */
function expectationParams(issue: z.core.$ZodIssue, path: JsonPath): Record<string, Param> {
  const params: Record<string, Param> = {};
  const withNumbers = issue as { minimum?: unknown; maximum?: unknown; params?: unknown };
  if (typeof withNumbers.minimum === 'number') params.min = withNumbers.minimum;
  if (typeof withNumbers.maximum === 'number') params.max = withNumbers.maximum;
  const op = (withNumbers.params as { op?: unknown } | undefined)?.op;
  if (typeof op === 'string') params.op = quote(op);
  const last = path[path.length - 1];
  if (typeof last === 'string') params.name = shortText(last);
  return params;
}

/** The schema's own expectation (`expecting('date')`), or null if the message is zod's. */
function namedExpectation(issue: z.core.$ZodIssue, path: JsonPath): Phrase | null {
  const code = issue.message;
  if (!isMessageCode(code)) return null;
  // Only the parameters its wording uses: `{{min}}` in "a whole number >= {{min}}".
  const used = Object.entries(expectationParams(issue, path)).filter(([name]) =>
    ENGLISH[code].includes(`{{${name}`),
  );
  return used.length === 0 ? { code } : { code, params: Object.fromEntries(used) };
}

function literal(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

/** Turns one zod issue into a problem whose message says what was expected and what was found. */
export function problemFromIssue(issue: z.core.$ZodIssue, input: unknown): Problem {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const found = valueAt(input, path);
  const named = namedExpectation(issue, path);
  switch (issue.code) {
    case 'invalid_type': {
      const code = TYPE_NAMES[issue.expected];
      const expected: Phrase =
        named ??
        (code ? { code } : { code: 'typeNamed', params: { name: shortText(issue.expected) } });
      if (found === undefined) return problem(path, 'required', { expected });
      return problem(path, 'mismatch', { expected, found: describeValue(found) });
    }
    case 'invalid_value': {
      const values = issue.values.map(literal);
      const expected: Phrase =
        values.length === 1
          ? { code: 'exactly', params: { value: quote(values[0]!) } }
          : { code: 'oneOf', params: { values: values.join(', ') } };
      return problem(path, 'mismatch', { expected, found: describeValue(found) });
    }
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options) && options.length > 0) {
        // A discriminated union whose tag matched none of its options; the path ends at the tag.
        const expected: Phrase = {
          code: 'oneOf',
          params: { values: options.map(literal).join(', ') },
        };
        return problem(path, 'mismatch', { expected, found: describeValue(found) });
      }
      if (named !== null) return problem(path, 'unmet', { expected: named });
      break;
    }
    default:
      if (named === null) break;
      // Our own checks say what they expected; add what was found when it is a plain value.
      if (isPlain(found))
        return problem(path, 'mismatch', { expected: named, found: describeValue(found) });
      return problem(path, 'unmet', { expected: named });
  }
  return problem(path, 'other', { detail: shortText(issue.message, 200) });
}
