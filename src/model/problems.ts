/** A problem in a scenario file, named by its JSON path, and how zod issues become problems. */
import type { z } from 'zod';

export type JsonPath = readonly (string | number)[];

export interface Problem {
  path: JsonPath;
  message: string;
}

/** `program.streams[1].cadence.weekdays[0]`; the document itself is `(root)`. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out === '' ? '(root)' : out;
}

export function formatProblem(problem: Problem): string {
  return `${formatPath(problem.path)}: ${problem.message}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

const TYPE_NAMES: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

/** Turns one zod issue into a problem whose message says what was expected and what was found. */
export function problemFromIssue(issue: z.core.$ZodIssue, input: unknown): Problem {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const found = valueAt(input, path);
  switch (issue.code) {
    case 'invalid_type': {
      // A schema may name what it wants ("an IANA time zone name"); zod's own says "Invalid input".
      const named = !issue.message.startsWith('Invalid input');
      const expected = named
        ? issue.message
        : `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      if (found === undefined) return { path, message: `required: ${expected}` };
      return { path, message: `${expected}, got ${describeValue(found)}` };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      const expected = values.length === 1 ? `"${values[0]}"` : `one of ${values.join(', ')}`;
      return { path, message: `expected ${expected}, got ${describeValue(found)}` };
    }
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options) && options.length > 0) {
        // A discriminated union whose tag matched none of its options; the path ends at the tag.
        return {
          path,
          message: `expected one of ${options.map(String).join(', ')}, got ${describeValue(found)}`,
        };
      }
      return { path, message: issue.message };
    }
    default:
      // Our own checks say what they expected; add what was found when it is a plain value.
      if (
        issue.message.startsWith('expected') &&
        !issue.message.includes(', got ') &&
        found !== undefined &&
        (typeof found !== 'object' || found === null)
      )
        return { path, message: `${issue.message}, got ${describeValue(found)}` };
      return { path, message: issue.message };
  }
}
