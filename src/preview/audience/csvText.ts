/**
 * The CSV import's wording: column names, the delimiter, mapping problems and each bad row's line
 * and reasons ("Line 7: “Mars/Olympus” is not a known time zone"), in the UI language.
 */
import type { TFunction } from 'i18next';
import type { BadRow, RowProblem } from '../../worker/csvImport';
import type { MappingProblem } from './mappingProblems';

/** A column's name as the dialog shows it: its header, or "Column 3" when it has none. */
export const columnName = (t: TFunction, header: string, index: number) =>
  header.trim() === '' ? t('preview.audience.csv.unnamed', { number: index + 1 }) : header.trim();

const DELIMITERS: Record<string, 'comma' | 'semicolon' | 'tab'> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

export function delimiterText(t: TFunction, delimiter: string): string {
  const name = DELIMITERS[delimiter];
  return name
    ? t(`preview.audience.csv.delimiter.${name}`)
    : t('preview.audience.csv.delimiter.other', { delimiter });
}

export function mappingProblemText(
  t: TFunction,
  problem: MappingProblem,
  headers: readonly string[],
): string {
  switch (problem.code) {
    case 'noId':
      return t('preview.audience.csv.mappingProblems.noId');
    case 'twice':
      return t('preview.audience.csv.mappingProblems.twice', {
        target: t(`preview.audience.csv.target.${problem.target}`),
      });
    case 'attributeEmpty':
      return t('preview.audience.csv.mappingProblems.attributeEmpty', {
        column: columnName(t, headers[problem.column] ?? '', problem.column),
      });
    case 'attributeTwice':
      return t('preview.audience.csv.mappingProblems.attributeTwice', { name: problem.name });
  }
}

export function rowProblemText(t: TFunction, problem: RowProblem): string {
  switch (problem.code) {
    case 'duplicateId':
      return t('preview.audience.csv.problem.duplicateId', { line: problem.firstLine });
    case 'generatedId':
      return t('preview.audience.csv.problem.generatedId', { cohort: problem.cohort });
    case 'unknownZone':
    case 'notYesNo':
    case 'unknownProgram':
      return t(`preview.audience.csv.problem.${problem.code}`, { value: problem.value });
    case 'extraFields':
      return t('preview.audience.csv.problem.extraFields', {
        count: problem.count,
        expected: problem.expected,
      });
    default:
      return t(`preview.audience.csv.problem.${problem.code}`);
  }
}

export function badRowText(t: TFunction, row: BadRow): string {
  const problems = row.problems
    .map((p) => rowProblemText(t, p))
    .join(t('preview.audience.csv.problemSeparator'));
  return row.id === ''
    ? t('preview.audience.csv.badRow', { line: row.line, problems })
    : t('preview.audience.csv.badRowId', { line: row.line, id: row.id, problems });
}
