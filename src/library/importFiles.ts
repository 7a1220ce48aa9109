/**
 * Importing scenario files: each file is read and fully validated (parseScenarioText) before it
 * is stored; a file with any problem stores nothing and reports its problems, each line with its
 * path, in the UI language (the first LISTED worded, the rest counted). A file that storage
 * refuses is reported the same way, in words, and the next file is tried.
 */
import type { TFunction } from 'i18next';
import { InvalidScenarioError } from '../db/types';
import { checkFileSize, parseScenarioText, type Problem, type Scenario } from '../model';
import { problemLine } from '../wording/problemText';
import { withProgramId } from './shortId';
import { storageFailureText } from './storageFailureText';

export interface ImportFailure {
  fileName: string;
  /** One line per problem, in the UI language: `program.streams[1].cadence.weekdays[0]: expected ...`. */
  problems: string[];
  /** Problems beyond the first LISTED, counted but not worded (a huge audience can have 10⁶). */
  hidden?: number;
}

/** How many problems of one file are worded for the dialog. */
export const LISTED = 100;

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
    const fail = (problems: string[], hidden = 0) =>
      outcome.failures.push({ fileName: file.name, problems, ...(hidden > 0 && { hidden }) });
    const failWith = (problems: readonly Problem[]) =>
      fail(
        problems.slice(0, LISTED).map((problem) => problemLine(problem, t)),
        problems.length - LISTED,
      );
    if (!isJsonFile(file)) {
      fail([t('library.importProblems.notJson')]);
      continue;
    }
    const tooLarge = checkFileSize(file.size); // before reading: the text may not even fit
    if (tooLarge !== null) {
      failWith([tooLarge]);
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
      failWith(parsed.problems);
      continue;
    }
    try {
      const { id, name } = await create(withProgramId(parsed.scenario));
      outcome.imported.push({ id, name });
    } catch (error) {
      // The repo has the last word on what it stores: its own problems (should not happen after
      // a full parse), or why storage refused the file (full, locked, too deeply nested...).
      if (error instanceof InvalidScenarioError) failWith(error.problems);
      else fail([storageFailureText(error, t)]);
    }
  }
  return outcome;
}
