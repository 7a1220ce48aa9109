/**
 * What the cohort form accepts, field by field, as the file format does (docs/format.md, "Lanecast's
 * extension"; src/model/generator.ts and the reference checks): each check returns a problem code
 * the form words in the UI language, or null, and each parser the value a valid text stands for.
 */
import {
  MAX_GENERATED_PEOPLE,
  isIsoDate,
  isLocalTime,
  isTimeZone,
  type Scenario,
} from '../../../model';
import { clashesWithPeople } from '../../../document/ops/cohorts';

export type CohortProblemCode =
  | 'idMissing'
  | 'idTaken'
  | 'idClash'
  | 'sizeWhole'
  | 'sizeRange'
  | 'sizeTotal'
  | 'sizeClash'
  | 'date'
  | 'time'
  | 'perWhole'
  | 'attributeMissing'
  | 'attributeTaken'
  | 'valueMissing'
  | 'weight'
  | 'number'
  | 'minAboveMax'
  | 'wholeBounds'
  | 'zone'
  | 'percent'
  | 'seed';

export interface CohortProblem {
  code: CohortProblemCode;
  values?: Record<string, string | number>;
}

const problem = (code: CohortProblemCode, values?: CohortProblem['values']): CohortProblem =>
  values ? { code, values } : { code };

/** A whole number written with digits only, or null. */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim().replace(/[\s.,'’_](?=\d{3}(\D|$))/g, '');
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** A finite number ("-3", "2.5", "2,5"), or null. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return /^-?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : null;
}

/** A percentage 0-100 as a share 0..1 (rounded off float noise), or null. */
export function parsePercent(text: string): number | null {
  const n = parseDecimal(text);
  return n === null || n < 0 || n > 100 ? null : Number((n / 100).toFixed(8));
}

/** A number as a field shows it in the reader's language: 2.5 is "2,5" in German (parseDecimal reads both). */
export const decimalText = (value: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 20, useGrouping: false }).format(value);

/**
 * A share 0..1 as the percentage a field shows, in the reader's language: 0.075 is "7.5" in
 * English, "7,5" in German (parsePercent reads both); 0.07 is "7", not "7.000000000000001".
 */
export const percentText = (share: number | undefined, language: string) =>
  share === undefined
    ? ''
    : new Intl.NumberFormat(language, { maximumFractionDigits: 6, useGrouping: false }).format(
        share * 100,
      );

export function checkCohortId(
  doc: Scenario,
  index: number,
  text: string,
  size: number,
): CohortProblem | null {
  const id = text.trim();
  if (id === '') return problem('idMissing');
  if ((doc.generator?.cohorts ?? []).some((c, i) => i !== index && c.id === id))
    return problem('idTaken', { id });
  const person = clashesWithPeople(doc, id, size);
  return person === null ? null : problem('idClash', { id, person });
}

export function checkCohortSize(
  doc: Scenario,
  index: number,
  text: string,
  id: string,
): CohortProblem | null {
  const size = parseWhole(text);
  if (size === null) return problem('sizeWhole');
  if (size < 1 || size > MAX_GENERATED_PEOPLE)
    return problem('sizeRange', { max: MAX_GENERATED_PEOPLE });
  const others = (doc.generator?.cohorts ?? []).reduce(
    (sum, c, i) => (i === index ? sum : sum + c.size),
    0,
  );
  if (others + size > MAX_GENERATED_PEOPLE)
    return problem('sizeTotal', { max: MAX_GENERATED_PEOPLE, left: MAX_GENERATED_PEOPLE - others });
  const person = clashesWithPeople(doc, id, size);
  return person === null ? null : problem('sizeClash', { person, id });
}

export const checkDate = (text: string) => (isIsoDate(text.trim()) ? null : problem('date'));

/** Empty is midnight (the format's default). */
export const checkTime = (text: string) =>
  text.trim() === '' || isLocalTime(text.trim()) ? null : problem('time');

export function checkPer(text: string): CohortProblem | null {
  const n = parseWhole(text);
  return n !== null && n >= 1 ? null : problem('perWhole');
}

export function checkWeight(text: string): CohortProblem | null {
  const n = parseDecimal(text);
  return n !== null && n > 0 ? null : problem('weight');
}

export const checkNumber = (text: string) =>
  parseDecimal(text) === null ? problem('number') : null;

export function checkBound(
  text: string,
  other: number,
  side: 'min' | 'max',
  integer: boolean,
): CohortProblem | null {
  const n = parseDecimal(text);
  if (n === null) return problem('number');
  if (integer && !Number.isInteger(n)) return problem('wholeBounds');
  if (side === 'min' ? n > other : n < other) return problem('minAboveMax');
  return null;
}

/** A zone name as the time-zone database spells it ("europe/berlin" is Europe/Berlin), or null. */
export function resolveZone(text: string): string | null {
  const trimmed = text.trim();
  if (!isTimeZone(trimmed)) return null;
  return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
}

export const checkZone = (text: string) =>
  resolveZone(text) === null ? problem('zone', { zone: text.trim() }) : null;

/** Empty means "not set" where `optional`. */
export const checkPercent = (text: string, optional: boolean) =>
  (optional && text.trim() === '') || parsePercent(text) !== null ? null : problem('percent');

export const checkSeed = (text: string) =>
  /^-?\d+$/.test(text.trim()) && Number.isSafeInteger(Number(text.trim())) ? null : problem('seed');

export function checkAttributeName(text: string, others: readonly string[]): CohortProblem | null {
  const name = text.trim();
  if (name === '') return problem('attributeMissing');
  return others.includes(name) ? problem('attributeTaken', { name }) : null;
}
