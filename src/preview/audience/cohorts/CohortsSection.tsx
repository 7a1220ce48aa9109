/**
 * The generated cohorts (Lanecast's `generator` extension, docs/format.md): the generator's seed,
 * the cohorts with what each means in one sentence, add, duplicate and delete, and the form of the
 * cohort opened. Every change is a named action (src/document/actions/cohorts.ts).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCohort, deleteCohort, duplicateCohort } from '../../../document/actions/cohorts';
import { generatedTotal, peopleLeft } from '../../../document/ops/cohorts';
import { MAX_GENERATED_PEOPLE, type Scenario } from '../../../model';
import { editorStore, useEditor } from '../../../store/useEditor';
import { useToday } from '../../../ui/today';
import { programNames } from '../../script/suggestions';
import { CohortForm } from './CohortForm';
import { cohortSentence } from './cohortSentence';
import { SeedField } from './SeedField';
import '../../script/fields/fields.css';
import './cohorts.css';

const selectDoc = (s: { doc: Scenario | null }) => s.doc;

export function CohortsSection() {
  const doc = useEditor(selectDoc);
  return doc === null ? null : <Cohorts doc={doc} />;
}

function Cohorts({ doc }: { doc: Scenario }) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const id = useId();
  const [open, setOpen] = useState<number | null>(null);
  const cohorts = doc.generator?.cohorts ?? [];
  const names = programNames(doc.program);
  const firstStream = doc.program.streams[0]?.id;
  const left = peopleLeft(doc);
  const noStreams = doc.program.streams.length === 0;
  const apply = editorStore.getState().apply;
  const streamName = (id: string | undefined) =>
    id === undefined
      ? firstStream === undefined
        ? t('preview.cohorts.noStream')
        : names.stream(firstStream)
      : names.stream(id);
  const created = (result: { ok: boolean; id?: string }) => {
    if (result.ok && result.id !== undefined) setOpen(Number(result.id));
  };
  const blocked = noStreams
    ? t('preview.cohorts.needStream')
    : left === 0
      ? t('preview.cohorts.full', { max: MAX_GENERATED_PEOPLE })
      : null;
  const shown = open !== null && open < cohorts.length ? open : null;

  return (
    <section className="cohorts" aria-labelledby={`${id}-title`}>
      <header className="cohorts__head">
        <h3 id={`${id}-title`}>{t('preview.cohorts.title')}</h3>
        <span className="cohorts__total">
          {t('preview.cohorts.total', { count: generatedTotal(doc), max: MAX_GENERATED_PEOPLE })}
        </span>
        <button
          type="button"
          className="pf-button pf-button--primary"
          disabled={blocked !== null}
          aria-describedby={blocked ? `${id}-blocked` : undefined}
          onClick={() => created(apply(addCohort, { today }))}
        >
          {t('preview.cohorts.add')}
        </button>
      </header>
      <p className="cohorts__intro">{t('preview.cohorts.intro')}</p>
      {blocked && (
        <p id={`${id}-blocked`} className="cohorts__blocked">
          {blocked}
        </p>
      )}
      {cohorts.length === 0 ? (
        <p className="cohorts__empty">{t('preview.cohorts.empty')}</p>
      ) : (
        <ul className="cohorts__list">
          {cohorts.map((cohort, index) => (
            <li
              key={index}
              className={`cohorts__item${shown === index ? ' cohorts__item--open' : ''}`}
            >
              <div className="cohorts__row">
                <button
                  type="button"
                  className="cohorts__toggle"
                  aria-expanded={shown === index}
                  aria-controls={`${id}-form-${index}`}
                  onClick={() => setOpen(shown === index ? null : index)}
                >
                  <span aria-hidden="true">{shown === index ? '▾' : '▸'}</span>{' '}
                  <strong>{cohort.id}</strong>
                </button>
                <span className="cohorts__sentence">
                  {cohortSentence(t, i18n.language, cohort, streamName(cohort.join.stream))}
                </span>
                <button
                  type="button"
                  className="pf-button"
                  disabled={blocked !== null}
                  aria-label={t('preview.cohorts.duplicateLabel', { id: cohort.id })}
                  onClick={() => created(apply(duplicateCohort, { index }))}
                >
                  {t('preview.cohorts.duplicate')}
                </button>
                <button
                  type="button"
                  className="pf-button pf-button--danger"
                  aria-label={t('preview.cohorts.deleteLabel', { id: cohort.id })}
                  onClick={() => {
                    apply(deleteCohort, { index });
                    if (shown !== null && shown >= index)
                      setOpen(shown === index ? null : shown - 1);
                  }}
                >
                  {t('preview.cohorts.delete')}
                </button>
              </div>
              {shown === index && (
                <CohortForm
                  id={`${id}-form-${index}`}
                  key={index}
                  doc={doc}
                  index={index}
                  cohort={cohort}
                  names={names}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <SeedField seed={doc.generator?.seed ?? 0} />
    </section>
  );
}
