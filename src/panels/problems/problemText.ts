/** A problem in the reader's language: its message, and the element it is about. */
import type { TFunction } from 'i18next';
import { formatDate } from '../../wording/dates';
import type { ProgramProblem, Target } from '../../document/lint';
import type { Selected } from '../../document/selected';

/** Params holding a `YYYY-MM-DD` date, shown in the reader's date format. */
const DATE_PARAMS = new Set(['date', 'next', 'from', 'through']);

export function problemMessage(t: TFunction, language: string, problem: ProgramProblem): string {
  const params = Object.fromEntries(
    Object.entries(problem.params).map(([key, value]) => [
      key,
      DATE_PARAMS.has(key) && typeof value === 'string' ? formatDate(language, value) : value,
    ]),
  );
  return t(`problems.message.${problem.code}`, params);
}

export interface TargetNames {
  stream(id: string): string;
  item(id: string): string;
}

export function targetLabel(t: TFunction, names: TargetNames, target: Target): string {
  switch (target.kind) {
    case 'program':
      return t('problems.where.program');
    case 'stream':
      return t('problems.where.stream', { stream: names.stream(target.id) });
    case 'item':
      return t('problems.where.item', {
        item: names.item(target.id),
        stream: names.stream(target.stream),
      });
    case 'rule':
      return t('problems.where.rule', { rule: target.id, stream: names.stream(target.stream) });
    case 'batch':
      return t('problems.where.batch', { batch: target.id });
  }
}

/** A lint target is a store selection (the compiler checks the two shapes stay the same). */
export const toSelected = (target: Target): Selected => target;

export const sameTarget = (a: Target, b: Selected): boolean =>
  a.kind === b.kind &&
  ('id' in a ? a.id : null) === ('id' in b ? b.id : null) &&
  ('stream' in a ? a.stream : null) === ('stream' in b ? b.stream : null);

/** A stable React key: the lint never lists the same problem twice. */
export const problemKey = (p: ProgramProblem): string =>
  JSON.stringify([p.code, p.target, p.params]);
