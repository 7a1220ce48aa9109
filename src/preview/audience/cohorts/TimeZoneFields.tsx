/**
 * A cohort's recipient time zones, weighted (docs/format.md, `timeZones`); "unknown" is the
 * program's zone (R23). No list at all means everyone's zone is unknown.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../model';
import { DraftTextField } from '../../script/fields/DraftTextField';
import { checkWeight, checkZone, decimalText, parseDecimal, resolveZone } from './cohortChecks';
import type { CommitCohort } from './CohortForm';
import { sharesOf } from './distributions';
import { useCohortProblem } from './useCohortProblem';

type Zones = NonNullable<Cohort['timeZones']>;

let zoneNames: readonly string[] | null = null;
const knownZones = () => (zoneNames ??= Intl.supportedValuesOf('timeZone'));

export function TimeZoneFields({
  cohort,
  programZone,
  commit,
}: {
  cohort: Cohort;
  programZone: string;
  commit: CommitCohort;
}) {
  const { t, i18n } = useTranslation();
  const word = useCohortProblem();
  const listId = useId();
  const zones = cohort.timeZones ?? [];
  const shares = sharesOf(zones.map((z) => z.weight));
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const set = (field: string, next: Zones) => {
    const copy: Cohort = { ...cohort, timeZones: next };
    if (next.length === 0) delete copy.timeZones;
    commit(field, copy);
  };
  const used = new Set(zones.map((z) => z.zone));
  const fresh = ['UTC', programZone, ...knownZones()].find((z) => !used.has(z)) ?? 'UTC';
  return (
    <fieldset className="cohort-form__section">
      <legend>{t('preview.cohorts.zones.title')}</legend>
      {zones.length === 0 && (
        <p className="cohort-form__note">
          {t('preview.cohorts.zones.none', { zone: programZone })}
        </p>
      )}
      {zones.map((z, i) => (
        <div key={i} className="cohort-form__row">
          {z.zone === null ? (
            <p className="cohort-form__unknown">
              {t('preview.cohorts.zones.unknown', { zone: programZone })}
            </p>
          ) : (
            <DraftTextField
              label={t('preview.cohorts.zones.zone', { n: i + 1 })}
              value={z.zone}
              list={listId}
              autoComplete="off"
              spellCheck={false}
              check={(text) => word(checkZone(text))}
              same={(text, value) => resolveZone(text) === value}
              onCommit={(text) =>
                set(`timeZones.${i}.zone`, zones.toSpliced(i, 1, { ...z, zone: resolveZone(text) }))
              }
            />
          )}
          <DraftTextField
            label={t('preview.cohorts.weight')}
            hint={t('preview.cohorts.share', { share: percent.format(shares[i]!) })}
            value={decimalText(z.weight, i18n.language)}
            inputMode="decimal"
            check={(text) => word(checkWeight(text))}
            same={(text, value) => parseDecimal(text) === parseDecimal(value)}
            onCommit={(text) =>
              set(
                `timeZones.${i}.weight`,
                zones.toSpliced(i, 1, { ...z, weight: parseDecimal(text)! }),
              )
            }
          />
          <button
            type="button"
            className="pf-button pf-button--danger cohort-form__remove"
            aria-label={t('preview.cohorts.zones.removeLabel', {
              zone: z.zone ?? t('preview.cohorts.zones.unknownShort'),
            })}
            onClick={() => set('timeZones', zones.toSpliced(i, 1))}
          >
            {t('preview.cohorts.remove')}
          </button>
        </div>
      ))}
      <datalist id={listId}>
        {knownZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="cohort-form__buttons">
        <button
          type="button"
          className="pf-button"
          onClick={() => set('timeZones', [...zones, { zone: fresh, weight: 1 }])}
        >
          {t('preview.cohorts.zones.add')}
        </button>
        {!used.has(null) && (
          <button
            type="button"
            className="pf-button"
            onClick={() => set('timeZones', [...zones, { zone: null, weight: 1 }])}
          >
            {t('preview.cohorts.zones.addUnknown')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
