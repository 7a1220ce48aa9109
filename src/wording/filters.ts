/** A filter in words, for the summaries of rules and batch moves: "country equals “CA”". */
import type { TFunction } from 'i18next';
import type { Filter } from '../model';
import type { Names } from './names';
import { valueText } from './values';

export function filterText(t: TFunction, filter: Filter, names: Names): string {
  switch (filter.type) {
    case 'attribute':
      return t('inspector.filterText.attribute', {
        attribute: filter.attribute,
        op: t(`inspector.op.${filter.op}`),
        value: valueText(t, filter.value),
      });
    case 'received':
      return t('inspector.filterText.received', { content: names.content(filter.content) });
    case 'opened':
    case 'clicked':
      return filter.content === undefined
        ? t(`inspector.filterText.${filter.type}Any`)
        : t(`inspector.filterText.${filter.type}`, { content: names.content(filter.content) });
    case 'exhausted':
      return t(
        filter.value ? 'inspector.filterText.exhausted' : 'inspector.filterText.notExhausted',
      );
    case 'cadence':
      return t(`inspector.filterText.${filter.value}`);
    case 'inStream':
      return t('inspector.filterText.inStream', { stream: names.stream(filter.stream) });
  }
}

/** All filters joined with "and"; empty when there are none. */
export function filtersText(t: TFunction, filters: readonly Filter[], names: Names): string {
  return filters.map((f) => filterText(t, f, names)).join(t('inspector.filterText.and'));
}
