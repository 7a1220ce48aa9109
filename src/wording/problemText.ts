/**
 * Problems of a scenario file in the reader's language: the model gives a code and parameters
 * (src/model/messages.ts), each code is a key of the locale section `scenarioProblems`, and the
 * phrases inside a message (what was expected, what was found) are worded the same way. Values
 * quoted from the file arrive already shortened; numbers are formatted by the language.
 */
import type { TFunction } from 'i18next';
import { formatPath, type Param, type Phrase, type Problem } from '../model';

export function phraseText(phrase: Phrase, t: TFunction): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.params ?? {}))
    values[name] = paramText(value, t);
  return t(`scenarioProblems.${phrase.code}`, values);
}

function paramText(value: Param, t: TFunction): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((p: Phrase) => phraseText(p, t)).join('; ');
  return phraseText(value as Phrase, t);
}

/** The path (`program.streams[1].id`, or `(root)`) and the message, for layouts that set them apart. */
export function problemText(problem: Problem, t: TFunction): { path: string; message: string } {
  return { path: formatPath(problem.path), message: phraseText(problem, t) };
}

/** `path: message`, in the reader's language. */
export function problemLine(problem: Problem, t: TFunction): string {
  const { path, message } = problemText(problem, t);
  return `${path}: ${message}`;
}
