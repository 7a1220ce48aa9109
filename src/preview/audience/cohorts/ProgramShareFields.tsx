/**
 * Prior program memberships (R28): for a program item, the share of the cohort already a member
 * of it before the simulation starts, so the item is skipped for them.
 */
import { useTranslation } from 'react-i18next';
import { itemLabel } from '../../../wording/itemLabel';
import type { Cohort, Scenario } from '../../../model';
import type { Names } from '../../../wording/names';
import { DraftTextField } from '../../script/fields/DraftTextField';
import { SelectField } from '../../script/fields/SelectField';
import { checkPercent, parsePercent, percentText } from './cohortChecks';
import type { CommitCohort } from './CohortForm';
import { useCohortProblem } from './useCohortProblem';

type Shares = NonNullable<Cohort['programs']>;

export function ProgramShareFields({
  doc,
  cohort,
  names,
  commit,
}: {
  doc: Scenario;
  cohort: Cohort;
  names: Names;
  commit: CommitCohort;
}) {
  const { t, i18n } = useTranslation();
  const word = useCohortProblem();
  const items = [
    ...new Set(
      doc.program.streams.flatMap((s) =>
        (s.content ?? []).filter((c) => c.type === 'program').map((c) => c.id),
      ),
    ),
  ];
  const shares = cohort.programs ?? [];
  const set = (field: string, next: Shares) => {
    const copy: Cohort = { ...cohort, programs: next };
    if (next.length === 0) delete copy.programs;
    commit(field, copy);
  };
  const label = (id: string) => itemLabel(i18n.language, id, names.content(id));
  const unused = items.find((id) => !shares.some((s) => s.program === id));
  return (
    <fieldset className="cohort-form__section">
      <legend>{t('preview.cohorts.programs.title')}</legend>
      {items.length === 0 ? (
        <p className="cohort-form__note">{t('preview.cohorts.programs.noItems')}</p>
      ) : (
        shares.length === 0 && (
          <p className="cohort-form__note">{t('preview.cohorts.programs.none')}</p>
        )
      )}
      {shares.map((share, i) => {
        const known = items.includes(share.program);
        return (
          <div key={i} className="cohort-form__row">
            <SelectField
              label={t('preview.cohorts.programs.item', { n: i + 1 })}
              value={share.program}
              error={known ? null : t('preview.cohorts.problems.program', { id: share.program })}
              options={[
                ...items.map((id) => ({ value: id, label: label(id) })),
                ...(known ? [] : [{ value: share.program, label: share.program }]),
              ]}
              onChange={(program) =>
                set(`programs.${i}.program`, shares.toSpliced(i, 1, { ...share, program }))
              }
            />
            <DraftTextField
              label={t('preview.cohorts.programs.share')}
              value={percentText(share.share, i18n.language)}
              inputMode="decimal"
              check={(text) => word(checkPercent(text, false))}
              same={(text, value) => parsePercent(text) === parsePercent(value)}
              onCommit={(text) =>
                set(
                  `programs.${i}.share`,
                  shares.toSpliced(i, 1, { ...share, share: parsePercent(text)! }),
                )
              }
            />
            <button
              type="button"
              className="pf-button pf-button--danger cohort-form__remove"
              aria-label={t('preview.cohorts.programs.removeLabel', { id: share.program })}
              onClick={() => set('programs', shares.toSpliced(i, 1))}
            >
              {t('preview.cohorts.remove')}
            </button>
          </div>
        );
      })}
      {unused !== undefined && (
        <div className="cohort-form__buttons">
          <button
            type="button"
            className="pf-button"
            onClick={() => set('programs', [...shares, { program: unused, share: 0.1 }])}
          >
            {t('preview.cohorts.programs.add')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
