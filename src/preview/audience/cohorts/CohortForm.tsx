/**
 * One cohort's form: who (id and size), when they join, their attributes, time zones, prior program
 * memberships and rates. Each field is checked as it is typed and applied only when valid; a burst
 * of typing in one field is one undo step (updateCohort's `field`).
 */
import { useTranslation } from 'react-i18next';
import { updateCohort } from '../../../document/actions/cohorts';
import { MAX_GENERATED_PEOPLE, type Cohort, type Scenario } from '../../../model';
import { editorStore } from '../../../store/useEditor';
import type { Names } from '../../../wording/names';
import { DraftTextField } from '../../script/fields/DraftTextField';
import { AttributeFields } from './AttributeFields';
import { checkCohortId, checkCohortSize, parseWhole } from './cohortChecks';
import { JoinFields } from './JoinFields';
import { ProgramShareFields } from './ProgramShareFields';
import { RateFields } from './RateFields';
import { TimeZoneFields } from './TimeZoneFields';
import { useCohortProblem } from './useCohortProblem';

/** Applies a changed cohort; `field` names what was typed, for undo. */
export type CommitCohort = (field: string, cohort: Cohort) => void;

export interface CohortFormProps {
  id: string;
  doc: Scenario;
  index: number;
  cohort: Cohort;
  names: Names;
}

export function CohortForm({ id, doc, index, cohort, names }: CohortFormProps) {
  const { t } = useTranslation();
  const word = useCohortProblem();
  const commit: CommitCohort = (field, next) =>
    editorStore.getState().apply(updateCohort, { index, cohort: next, field });
  return (
    <div
      id={id}
      className="cohort-form"
      role="group"
      aria-label={t('preview.cohorts.formLabel', { id: cohort.id })}
    >
      <fieldset className="cohort-form__section">
        <legend>{t('preview.cohorts.who')}</legend>
        <div className="cohort-form__grid">
          <DraftTextField
            label={t('preview.cohorts.id')}
            hint={t('preview.cohorts.idHint', { id: cohort.id })}
            value={cohort.id}
            spellCheck={false}
            check={(text) => word(checkCohortId(doc, index, text, cohort.size))}
            same={(text, value) => text.trim() === value}
            onCommit={(text) => commit('id', { ...cohort, id: text.trim() })}
          />
          <DraftTextField
            label={t('preview.cohorts.size')}
            hint={t('preview.cohorts.sizeHint', { max: MAX_GENERATED_PEOPLE })}
            value={String(cohort.size)}
            inputMode="numeric"
            check={(text) => word(checkCohortSize(doc, index, text, cohort.id))}
            same={(text, value) => parseWhole(text) === Number(value)}
            onCommit={(text) => commit('size', { ...cohort, size: parseWhole(text)! })}
          />
        </div>
      </fieldset>
      <JoinFields doc={doc} cohort={cohort} names={names} commit={commit} />
      <AttributeFields cohort={cohort} commit={commit} />
      <TimeZoneFields cohort={cohort} programZone={doc.program.timeZone} commit={commit} />
      <ProgramShareFields doc={doc} cohort={cohort} names={names} commit={commit} />
      <RateFields doc={doc} cohort={cohort} commit={commit} />
    </div>
  );
}
