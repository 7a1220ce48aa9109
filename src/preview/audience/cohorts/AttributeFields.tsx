/**
 * A cohort's generated attributes: one row per attribute (its name, the kind of distribution and
 * its values), removing one, and adding one by name.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort, Distribution } from '../../../model';
import { DraftTextField } from '../../script/fields/DraftTextField';
import { SelectField } from '../../script/fields/SelectField';
import { TextField } from '../../script/fields/TextField';
import { checkAttributeName } from './cohortChecks';
import type { CommitCohort } from './CohortForm';
import { DistributionFields } from './DistributionFields';
import { convertDistribution, kindOf, type DistributionKind } from './distributions';
import { useCohortProblem } from './useCohortProblem';

const KINDS: DistributionKind[] = ['constant', 'choice', 'uniform'];

export function AttributeFields({ cohort, commit }: { cohort: Cohort; commit: CommitCohort }) {
  const { t } = useTranslation();
  const word = useCohortProblem();
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const entries = Object.entries(cohort.attributes ?? {});
  const names = entries.map(([n]) => n);
  const setAll = (field: string, next: [string, Distribution][]) => {
    const copy: Cohort = { ...cohort, attributes: Object.fromEntries(next) };
    if (next.length === 0) delete copy.attributes;
    commit(field, copy);
  };
  const replace = (field: string, index: number, entry: [string, Distribution]) =>
    setAll(field, entries.toSpliced(index, 1, entry));
  const problem = word(checkAttributeName(name, names));
  const add = () => {
    setTried(true);
    if (problem !== null) return;
    setAll('attributes', [...entries, [name.trim(), { value: '' }]]);
    setName('');
    setTried(false);
  };
  return (
    <fieldset className="cohort-form__section">
      <legend>{t('preview.cohorts.attributes.title')}</legend>
      {entries.length === 0 && (
        <p className="cohort-form__note">{t('preview.cohorts.attributes.none')}</p>
      )}
      {entries.map(([attribute, dist], i) => (
        <div
          key={i}
          className="cohort-form__attribute"
          role="group"
          aria-label={t('preview.cohorts.attributes.label', { name: attribute })}
        >
          <div className="cohort-form__row">
            <DraftTextField
              label={t('preview.cohorts.attributes.name')}
              value={attribute}
              spellCheck={false}
              check={(text) =>
                word(
                  checkAttributeName(
                    text,
                    names.filter((n) => n !== attribute),
                  ),
                )
              }
              same={(text, value) => text.trim() === value}
              onCommit={(text) => replace(`attributes.${i}.name`, i, [text.trim(), dist])}
            />
            <SelectField
              label={t('preview.cohorts.attributes.kind')}
              value={kindOf(dist)}
              options={KINDS.map((k) => ({
                value: k,
                label: t(`preview.cohorts.attributes.kinds.${k}`),
              }))}
              onChange={(kind) =>
                replace(`attributes.${i}.kind`, i, [
                  attribute,
                  convertDistribution(dist, kind as DistributionKind),
                ])
              }
            />
            <button
              type="button"
              className="pf-button pf-button--danger cohort-form__remove"
              aria-label={t('preview.cohorts.attributes.removeLabel', { name: attribute })}
              onClick={() => setAll('attributes', entries.toSpliced(i, 1))}
            >
              {t('preview.cohorts.remove')}
            </button>
          </div>
          <DistributionFields
            dist={dist}
            field={`attributes.${i}`}
            onChange={(field, next) => replace(field, i, [attribute, next])}
          />
        </div>
      ))}
      <div className="cohort-form__row cohort-form__add">
        <TextField
          label={t('preview.cohorts.attributes.newName')}
          value={name}
          spellCheck={false}
          error={tried || name !== '' ? problem : null}
          onChange={setName}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="pf-button" onClick={add}>
          {t('preview.cohorts.attributes.add')}
        </button>
      </div>
    </fieldset>
  );
}
