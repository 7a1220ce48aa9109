/**
 * When a cohort joins: the stream (the first one unless chosen), the first day and time, and the
 * pace: everyone at once, or N a day, or N a week (docs/format.md, `join`).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort, JoinSchedule, Scenario } from '../../../model';
import type { Names } from '../../../wording/names';
import { DraftTextField } from '../../script/fields/DraftTextField';
import { SelectField } from '../../script/fields/SelectField';
import { DateField } from '../../../ui/DateField';
import { TimeField } from '../../../ui/TimeField';
import { checkPer, parseWhole } from './cohortChecks';
import type { CommitCohort } from './CohortForm';
import { useCohortProblem } from './useCohortProblem';

type Pace = 'once' | 'day' | 'week';
const DEFAULT_PER = 50;

export function JoinFields({
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
  const { t } = useTranslation();
  const id = useId();
  const word = useCohortProblem();
  const join = cohort.join;
  const set = (field: string, next: JoinSchedule) => commit(field, { ...cohort, join: next });
  const pace: Pace =
    join.perDay !== undefined ? 'day' : join.perWeek !== undefined ? 'week' : 'once';
  const per = join.perDay ?? join.perWeek;
  const setPace = (next: Pace, n = per ?? DEFAULT_PER) => {
    const rest = { ...join };
    delete rest.perDay;
    delete rest.perWeek;
    set(
      'join.pace',
      next === 'once' ? rest : { ...rest, [next === 'day' ? 'perDay' : 'perWeek']: n },
    );
  };
  const streams = doc.program.streams;
  const known = join.stream === undefined || streams.some((s) => s.id === join.stream);
  return (
    <fieldset className="cohort-form__section">
      <legend>{t('preview.cohorts.join.title')}</legend>
      <div className="cohort-form__grid">
        <SelectField
          label={t('preview.cohorts.join.stream')}
          value={join.stream ?? ''}
          error={known ? null : t('preview.cohorts.problems.stream', { stream: join.stream })}
          options={[
            {
              value: '',
              label: t('preview.cohorts.join.firstStream', {
                stream: streams[0] ? names.stream(streams[0].id) : '–',
              }),
            },
            ...streams.map((s) => ({ value: s.id, label: names.stream(s.id) })),
            ...(known ? [] : [{ value: join.stream!, label: join.stream! }]),
          ]}
          onChange={(stream) => {
            const next = { ...join, stream };
            if (stream === '') delete (next as Partial<JoinSchedule>).stream;
            set('join.stream', next);
          }}
        />
        <DateField
          className="pf-field"
          inputClassName="pf-input"
          label={t('preview.cohorts.join.from')}
          value={join.from}
          onCommit={(from) => set('join.from', { ...join, from })}
        />
        <TimeField
          className="pf-field"
          inputClassName="pf-input"
          label={t('preview.cohorts.join.time')}
          hint={t('preview.cohorts.join.timeHint', { zone: doc.program.timeZone })}
          value={join.time ?? ''}
          optional
          onCommit={(time) => {
            const next = { ...join, time };
            if (next.time === '') delete (next as Partial<JoinSchedule>).time;
            set('join.time', next);
          }}
        />
      </div>
      <div className="cohort-form__pace" role="radiogroup" aria-labelledby={`${id}-pace`}>
        <span id={`${id}-pace`} className="cohort-form__label">
          {t('preview.cohorts.join.pace')}
        </span>
        {(['once', 'day', 'week'] as const).map((p) => (
          <label key={p} className="cohort-form__radio">
            <input
              type="radio"
              name={`${id}-pace`}
              checked={pace === p}
              onChange={() => setPace(p)}
            />
            {t(`preview.cohorts.join.${p}`)}
          </label>
        ))}
        {pace !== 'once' && (
          <DraftTextField
            label={t(
              pace === 'day' ? 'preview.cohorts.join.perDay' : 'preview.cohorts.join.perWeek',
            )}
            value={String(per)}
            inputMode="numeric"
            check={(text) => word(checkPer(text))}
            same={(text, value) => parseWhole(text) === Number(value)}
            onCommit={(text) => setPace(pace, parseWhole(text)!)}
          />
        )}
      </div>
    </fieldset>
  );
}
