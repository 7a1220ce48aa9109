/**
 * Importing scenario files: each file is read and fully validated (parseScenarioText) before it
 * is stored; a file with any problem stores nothing and reports every problem line with its path.
 * A file that storage refuses is reported the same way, in words, and the next file is tried.
 */
import type { TFunction } from 'i18next';
import { InvalidScenarioError } from '../db/types';
import { formatProblem, parseScenarioText, type Scenario } from '../model';
import { storageFailureText } from './storageFailureText';

export interface ImportFailure {
  fileName: string;
  /** One line per problem: `program.streams[1].cadence.weekdays[0]: expected ...`. */
  problems: string[];
}

export interface ImportOutcome {
  imported: { id: string; name: string }[];
  failures: ImportFailure[];
}

export const isJsonFile = (file: File) =>
  file.name.toLowerCase().endsWith('.json') || file.type === 'application/json';

/** Imports the files one by one; `create` stores a valid document. */
export async function importFiles(
  files: readonly File[],
  create: (document: Scenario) => Promise<{ id: string; name: string }>,
  t: TFunction,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: [], failures: [] };
  for (const file of files) {
    const fail = (problems: string[]) => outcome.failures.push({ fileName: file.name, problems });
    if (!isJsonFile(file)) {
      fail([t('library.importProblems.notJson')]);
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      fail([t('library.importProblems.unreadable')]);
      continue;
    }
    const parsed = parseScenarioText(text);
    if (!parsed.ok) {
      fail(parsed.problems.map(formatProblem));
      continue;
    }
    try {
      const { id, name } = await create(parsed.scenario);
      outcome.imported.push({ id, name });
    } catch (error) {
      // The repo has the last word on what it stores: its own problems (should not happen after
      // a full parse), or why storage refused the file (full, locked, too deeply nested...).
      if (error instanceof InvalidScenarioError) fail(error.problems.map(formatProblem));
      else fail([storageFailureText(error, t)]);
    }
  }
  return outcome;
}
