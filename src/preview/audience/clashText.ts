/** Why an id cannot be a person's, in words that name the clash. */
import type { TFunction } from 'i18next';
import type { IdClash } from '../../document/ops/people';

export function clashText(t: TFunction, id: string, clash: IdClash): string {
  if (clash.kind === 'empty') return t('preview.audience.people.errors.empty');
  if (clash.kind === 'listed') return t('preview.audience.people.errors.listed', { id });
  return t('preview.audience.people.errors.generated', {
    id,
    cohort: clash.cohort,
    size: clash.size,
  });
}
