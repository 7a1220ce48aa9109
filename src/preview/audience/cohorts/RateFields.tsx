/**
 * The share of the cohort that starts unsubscribed (R27), and its open, click and unsubscribe
 * rates: an empty rate falls back to the program's (an item's own rate still wins).
 */
import { useTranslation } from 'react-i18next';
import type { Behavior, Cohort, Scenario } from '../../../model';
import { DraftTextField } from '../../script/fields/DraftTextField';
import { checkPercent, parsePercent, percentText } from './cohortChecks';
import type { CommitCohort } from './CohortForm';
import { useCohortProblem } from './useCohortProblem';

const RATES = ['open', 'click', 'unsubscribe'] as const;
const samePercent = (text: string, value: string) =>
  parsePercent(text) === parsePercent(value) && (text.trim() === '') === (value === '');

export function RateFields({
  doc,
  cohort,
  commit,
}: {
  doc: Scenario;
  cohort: Cohort;
  commit: CommitCohort;
}) {
  const { t, i18n } = useTranslation();
  const word = useCohortProblem();
  const setRate = (rate: (typeof RATES)[number], text: string) => {
    const behavior: Behavior = { ...(cohort.behavior ?? {}) };
    if (text.trim() === '') delete behavior[rate];
    else behavior[rate] = parsePercent(text)!;
    const copy: Cohort = { ...cohort, behavior };
    if (Object.keys(behavior).length === 0) delete copy.behavior;
    commit(`behavior.${rate}`, copy);
  };
  return (
    <fieldset className="cohort-form__section">
      <legend>{t('preview.cohorts.rates.title')}</legend>
      <div className="cohort-form__grid">
        <DraftTextField
          label={t('preview.cohorts.rates.unsubscribed')}
          hint={t('preview.cohorts.rates.unsubscribedHint')}
          value={percentText(cohort.unsubscribed, i18n.language)}
          inputMode="decimal"
          placeholder="0"
          check={(text) => word(checkPercent(text, true))}
          same={samePercent}
          onCommit={(text) => {
            const copy: Cohort = { ...cohort, unsubscribed: parsePercent(text) ?? 0 };
            if (text.trim() === '') delete copy.unsubscribed;
            commit('unsubscribed', copy);
          }}
        />
        {RATES.map((rate) => {
          const inherited = doc.program.behavior?.[rate];
          return (
            <DraftTextField
              key={rate}
              label={t(`preview.cohorts.rates.${rate}`)}
              hint={t('preview.cohorts.rates.inherit', {
                rate: percentText(inherited ?? 0, i18n.language),
              })}
              value={percentText(cohort.behavior?.[rate], i18n.language)}
              inputMode="decimal"
              placeholder={percentText(inherited ?? 0, i18n.language)}
              check={(text) => word(checkPercent(text, true))}
              same={samePercent}
              onCommit={(text) => setRate(rate, text)}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
