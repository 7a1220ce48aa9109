/**
 * The CSV import of people, pure and runnable anywhere (its worker, the page as a fallback, Node in
 * tests): decode the file, parse it with papaparse (header row; comma, semicolon or tab; quoted
 * fields), describe its columns, then check every row against a column mapping. Problems are codes
 * with their values, for the page to word in the UI language; lines count from 1, the header's.
 */
import Papa from 'papaparse';
import type { Person, Scalar } from '../model';
import { defaultMapping, type ColumnTarget } from './csvHeaders';
import { kindOf, readYesNo, resolveZone, splitPrograms, typedValue } from './csvValues';

export type { ColumnTarget } from './csvHeaders';

export interface ParsedCsv {
  delimiter: string;
  header: string[];
  rows: string[][];
  /** The line each row starts on (1 is the first line of the file). */
  lines: number[];
  /** Rows whose quotes do not close or are misplaced. */
  badQuotes: Set<number>;
}

/** The file's text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (old Excel). */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const PROGRESS_EVERY = 2000;

/** Parses CSV text; the first row is the header. Empty lines are skipped but still counted. */
export function parseCsv(input: string, onProgress?: (fraction: number) => void): ParsedCsv {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  const lines: number[] = [];
  const badQuotes = new Set<number>();
  let delimiter = ',';
  let line = 1; // the line at `from`
  let from = 0; // where the next row's text (or the empty lines before it) begins
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
    step(result) {
      delimiter = result.meta.delimiter;
      const to = result.meta.cursor;
      // Lines skipped as empty lie between the previous row and this one.
      let start = line;
      let at = from;
      for (let nl = text.indexOf('\n', at); nl >= 0 && nl < to; nl = text.indexOf('\n', at)) {
        if (text.slice(at, nl).split(delimiter).join('').trim() !== '') break;
        start++;
        at = nl + 1;
      }
      for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) line++;
      from = to;
      if (result.errors.some((e) => e.type === 'Quotes')) badQuotes.add(rows.length);
      rows.push(result.data);
      lines.push(start);
      if (onProgress && rows.length % PROGRESS_EVERY === 0) onProgress(to / text.length);
    },
  });
  const header = rows.shift() ?? [];
  lines.shift();
  const shifted = new Set([...badQuotes].filter((r) => r > 0).map((r) => r - 1));
  return { delimiter, header, rows, lines, badQuotes: shifted };
}

export type ColumnType = 'empty' | 'number' | 'boolean' | 'text' | 'mixed';

export interface CsvColumn {
  header: string;
  /** What the column's values become as attributes (semantics 24 compares them strictly). */
  type: ColumnType;
  mapping: ColumnTarget;
}

export interface CsvSummary {
  delimiter: string;
  rows: number;
  columns: CsvColumn[];
  /** The first rows as read, for the dialog's preview. */
  preview: string[][];
}

export const PREVIEW_ROWS = 5;

function columnType(rows: readonly string[][], column: number): ColumnType {
  let seen: ColumnType = 'empty';
  for (const row of rows) {
    const value = typedValue(row[column] ?? '');
    if (value === undefined) continue;
    const kind = kindOf(value) as ColumnType;
    if (seen === 'empty') seen = kind;
    else if (seen !== kind) return 'mixed';
  }
  return seen;
}

export function summarize(parsed: ParsedCsv): CsvSummary {
  const mapping = defaultMapping(parsed.header);
  return {
    delimiter: parsed.delimiter,
    rows: parsed.rows.length,
    columns: parsed.header.map((header, i) => ({
      header,
      type: columnType(parsed.rows, i),
      mapping: mapping[i]!,
    })),
    preview: parsed.rows.slice(0, PREVIEW_ROWS),
  };
}

/** What the program already holds, for the rows to be checked against. */
export interface CsvContext {
  /** Ids of the people listed in the file. */
  listed: readonly string[];
  /** Generated cohorts: their people are `<id>-1` to `<id>-<size>`. */
  cohorts: readonly { id: string; size: number }[];
  /** Ids of the program's program items (people can already be members, R28). */
  programItems: readonly string[];
}

export type RowProblem =
  | { code: 'missingId' }
  | { code: 'duplicateId'; firstLine: number }
  | { code: 'generatedId'; cohort: string }
  | { code: 'unknownZone'; value: string }
  | { code: 'notYesNo'; value: string }
  | { code: 'unknownProgram'; value: string }
  | { code: 'badQuotes' }
  | { code: 'extraFields'; count: number; expected: number };

export interface BadRow {
  line: number;
  id: string;
  problems: RowProblem[];
}

export interface CsvCheck {
  /** The good rows as people, in file order: only the mapped fields that have a value. */
  people: Person[];
  /** How many of them are listed in the file already (to update or skip). */
  listed: number;
  bad: BadRow[];
}

/** The cohort whose generated people clash with `id`, by the file's own reference check. */
function generatedBy(cohorts: CsvContext['cohorts'], id: string): string | null {
  for (const { id: cohort, size } of cohorts) {
    const n = id.startsWith(`${cohort}-`) ? Number(id.slice(cohort.length + 1)) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= size) return cohort;
  }
  return null;
}

/** Every row checked against the mapping (the first column mapped to id names people). */
export function checkRows(
  parsed: ParsedCsv,
  mapping: readonly ColumnTarget[],
  context: CsvContext,
): CsvCheck {
  const idColumn = mapping.findIndex((m) => m.to === 'id');
  const listed = new Set(context.listed);
  const items = new Set(context.programItems);
  const firstLine = new Map<string, number>();
  const people: Person[] = [];
  const bad: BadRow[] = [];
  let listedCount = 0;
  parsed.rows.forEach((row, r) => {
    const line = parsed.lines[r]!;
    const problems: RowProblem[] = [];
    if (parsed.badQuotes.has(r)) problems.push({ code: 'badQuotes' });
    const expected = parsed.header.length;
    if (row.slice(expected).some((cell) => cell.trim() !== ''))
      problems.push({ code: 'extraFields', count: row.length, expected });
    const id = (idColumn >= 0 ? row[idColumn] : undefined)?.trim() ?? '';
    const first = firstLine.get(id);
    if (id === '') problems.push({ code: 'missingId' });
    else if (first !== undefined) problems.push({ code: 'duplicateId', firstLine: first });
    else {
      firstLine.set(id, line);
      const cohort = generatedBy(context.cohorts, id);
      if (cohort !== null) problems.push({ code: 'generatedId', cohort });
    }
    const person: Person = { id };
    const attributes: Record<string, Scalar> = {};
    mapping.forEach((target, column) => {
      const cell = row[column] ?? '';
      if (target.to === 'attribute') {
        const value = typedValue(cell);
        if (value !== undefined) attributes[target.name] = value;
      } else if (target.to === 'timeZone' && cell.trim() !== '') {
        const zone = resolveZone(cell);
        if (zone === null) problems.push({ code: 'unknownZone', value: cell.trim() });
        else person.timeZone = zone;
      } else if (target.to === 'unsubscribed') {
        const answer = readYesNo(cell);
        if (answer === null) problems.push({ code: 'notYesNo', value: cell.trim() });
        else if (answer !== undefined) person.unsubscribed = answer;
      } else if (target.to === 'programs') {
        const ids = splitPrograms(cell);
        for (const unknown of ids.filter((p) => !items.has(p)))
          problems.push({ code: 'unknownProgram', value: unknown });
        if (ids.length > 0) person.programs = ids;
      }
    });
    if (Object.keys(attributes).length > 0) person.attributes = attributes;
    if (problems.length > 0) bad.push({ line, id, problems });
    else {
      people.push(person);
      if (listed.has(id)) listedCount++;
    }
  });
  return { people, listed: listedCount, bad };
}

/** A check as the dialog shows it: counts, the first good people and every bad row. */
export interface CsvCheckSummary {
  good: number;
  listed: number;
  preview: Person[];
  bad: BadRow[];
}

/**
 * The import as a service: a file is read once and kept, then checked against each mapping. Only
 * a summary of each check leaves the worker; the people themselves, 50,000 objects perhaps, are
 * sent once, when the import is confirmed.
 */
export interface CsvImportService {
  read(
    bytes: ArrayBuffer,
    context: CsvContext,
    onProgress?: (fraction: number) => void,
  ): Promise<CsvSummary>;
  /** Checks the file last read; the mapping has one target per column. */
  check(mapping: readonly ColumnTarget[]): Promise<CsvCheckSummary>;
  /** The good rows of the file last read, as people, under this mapping. */
  people(mapping: readonly ColumnTarget[]): Promise<Person[]>;
}

export function createCsvImportService(): CsvImportService {
  let parsed: ParsedCsv | null = null;
  let context: CsvContext = { listed: [], cohorts: [], programItems: [] };
  return {
    async read(bytes, given, onProgress) {
      context = given;
      parsed = parseCsv(decodeCsv(new Uint8Array(bytes)), onProgress);
      return summarize(parsed);
    },
    async check(mapping) {
      if (parsed === null) throw new Error('No CSV file has been read');
      const { people, listed, bad } = checkRows(parsed, mapping, context);
      return { good: people.length, listed, preview: people.slice(0, PREVIEW_ROWS), bad };
    },
    async people(mapping) {
      if (parsed === null) throw new Error('No CSV file has been read');
      return checkRows(parsed, mapping, context).people;
    },
  };
}
