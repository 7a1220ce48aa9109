/**
 * The people toolbar's form and the filter it stands for. The form holds ids (a stream's, a
 * cohort's), so it survives a new result; what no longer exists in the result filters nothing.
 */
import type { PeopleFilter, PreviewFrame } from '../../engine';
import type { Scalar } from '../../model';

/** The rule book's operators that compare one value (semantics 24). */
export const FILTER_OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'contains'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export type EndFilter = '' | 'member' | 'exhausted' | 'out';

export interface PeopleForm {
  /** '' for everyone, FILE_PEOPLE for the file's own people, else a cohort id. */
  cohort: string;
  end: EndFilter;
  attribute: string;
  op: FilterOperator;
  value: string;
  search: string;
}

/** The cohort choice meaning the people listed in the file (generated cohorts use their ids). */
export const FILE_PEOPLE = ':file';

export const EMPTY_FORM: PeopleForm = {
  cohort: '',
  end: '',
  attribute: '',
  op: 'eq',
  value: '',
  search: '',
};

export const isEmptyForm = (form: PeopleForm) =>
  form.cohort === '' &&
  form.end === '' &&
  form.attribute.trim() === '' &&
  form.search.trim() === '';

/** A typed value: a number when the text reads as one, else the text as it is. */
export function scalarOf(text: string): Scalar {
  const trimmed = text.trim();
  const number = Number(trimmed);
  return trimmed !== '' && Number.isFinite(number) ? number : text;
}

/** The filter for the workers, or null when nothing is filtered (everyone, in audience order). */
export function peopleFilterOf(
  form: PeopleForm,
  stream: string | null,
  frame: PreviewFrame,
): PeopleFilter | null {
  const filter: PeopleFilter = {};
  const streamIndex = stream === null ? -1 : frame.streamIds.indexOf(stream);
  if (streamIndex >= 0) filter.stream = streamIndex;
  const cohort = cohortIndexOf(form.cohort, frame);
  if (cohort !== null) filter.cohort = cohort;
  if (form.end !== '') filter.end = form.end;
  const name = form.attribute.trim();
  if (name !== '') filter.attribute = { name, op: form.op, value: scalarOf(form.value) };
  const search = form.search.trim();
  if (search !== '') filter.search = search;
  return Object.keys(filter).length === 0 ? null : filter;
}

/** -1 for the file's people, a cohort's index, or null (everyone, or a cohort no longer there). */
export function cohortIndexOf(cohort: string, frame: PreviewFrame): number | null {
  if (cohort === FILE_PEOPLE) return -1;
  if (cohort === '') return null;
  const index = frame.cohorts.findIndex((c) => c.id === cohort);
  return index >= 0 ? index : null;
}

/** A stable key for a filter (caches and queries are keyed by it). */
export const filterKey = (filter: PeopleFilter | null) =>
  filter === null ? 'all' : JSON.stringify(filter);
