/**
 * A problem in a scenario file: a message code with its parameters (messages.ts), named by its
 * JSON path. `formatProblem` is the English line the command line prints.
 */
import { type MessageCode, type Param, type Phrase, renderEnglish } from './messages';
import { quote } from './quote';

export type JsonPath = readonly (string | number)[];

export interface Problem extends Phrase {
  path: JsonPath;
}

export function problem(
  path: JsonPath,
  code: MessageCode,
  params?: Readonly<Record<string, Param>>,
): Problem {
  return params === undefined ? { path, code } : { path, code, params };
}

/** Keys printed after a dot; any other key is quoted in brackets: `attributes["first name"]`. */
const PLAIN_KEY = /^[A-Za-z_$][\w$-]{0,39}$/;
/** Paths longer than this keep their first and last keys around a `…`. */
const MAX_SHOWN_KEYS = 12;

/**
 * `program.streams[1].cadence.weekdays[0]`; the document itself is `(root)`. Keys are shortened
 * like any quoted value, and a very deep path keeps its ends, so the path has a bounded length.
 */
export function formatPath(path: JsonPath): string {
  const shown =
    path.length > MAX_SHOWN_KEYS
      ? [...path.slice(0, MAX_SHOWN_KEYS - 4), null, ...path.slice(-4)]
      : path;
  let out = '';
  for (const key of shown) {
    if (key === null) out += '…';
    else if (typeof key === 'number') out += `[${key}]`;
    else if (!PLAIN_KEY.test(key)) out += `[${quote(key)}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out === '' ? '(root)' : out;
}

/** The problem's message in English, without its path. */
export function problemMessage(p: Problem): string {
  return renderEnglish(p);
}

/** `path: message`, in English: one line of the command line's standard error. */
export function formatProblem(p: Problem): string {
  return `${formatPath(p.path)}: ${problemMessage(p)}`;
}
