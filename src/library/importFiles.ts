/**
 * Importing scenario files: each file is read and fully validated (parseScenarioText) before it
 * is stored; a file with any problem stores nothing and reports its problems, each line with its
 * path, in the UI language (the first LISTED worded, the rest counted). A file that storage
 * refuses is reported the same way, in words, and the next file is tried. A share link's text
 * goes the same way (importText), so a link is checked exactly as a file is.
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
  create: CreateProgram,
  t: TFunction,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: [], failures: [] };
  for (const file of files) {
    const result = await importFile(file, create, t);
    if (result.ok) outcome.imported.push(result.program);
    else outcome.failures.push(result.failure);
  }
  return outcome;
}

export type CreateProgram = (document: Scenario) => Promise<{ id: string; name: string }>;
export type ImportResult =
  { ok: true; program: { id: string; name: string } } | { ok: false; failure: ImportFailure };

async function importFile(file: File, create: CreateProgram, t: TFunction): Promise<ImportResult> {
  if (!isJsonFile(file)) return failed(file.name, [t('library.importProblems.notJson')]);
  const tooLarge = checkFileSize(file.size); // before reading: the text may not even fit
  if (tooLarge !== null) return failedWith(file.name, [tooLarge], t);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return failed(file.name, [t('library.importProblems.unreadable')]);
  }
  return importText(text, file.name, create, t);
}

/**
 * Imports one scenario's text (a file's, or a share link's): read, checked and migrated as any
 * file is, then stored through `create`, or its problems under `sourceName`.
 */
export async function importText(
  text: string,
  sourceName: string,
  create: CreateProgram,
  t: TFunction,
): Promise<ImportResult> {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return failedWith(sourceName, parsed.problems, t);
  try {
    const { id, name } = await create(withProgramId(parsed.scenario));
    return { ok: true, program: { id, name } };
  } catch (error) {
    // The repo has the last word on what it stores: its own problems (should not happen after
    // a full parse), or why storage refused the file (full, locked, too deeply nested...).
    if (error instanceof InvalidScenarioError) return failedWith(sourceName, error.problems, t);
    return failed(sourceName, [storageFailureText(error, t)]);
  }
}

function failed(fileName: string, problems: string[], hidden = 0): ImportResult {
  return { ok: false, failure: { fileName, problems, ...(hidden > 0 && { hidden }) } };
}

function failedWith(fileName: string, problems: readonly Problem[], t: TFunction): ImportResult {
  return failed(
    fileName,
    problems.slice(0, LISTED).map((problem) => problemLine(problem, t)),
    problems.length - LISTED,
  );
}
