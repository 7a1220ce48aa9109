/**
 * The people filters: ever in a stream (the canvas selection itself, so picking one here selects
 * its lane), a cohort, where they ended, an attribute condition, and a search by id.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewFrame } from '../../engine';
import { editorStore } from '../../store/useEditor';
import {
  cohortIndexOf,
  FILE_PEOPLE,
  FILTER_OPERATORS,
  type EndFilter,
  type FilterOperator,
  type PeopleForm,
} from './peopleFilter';

const ENDS = ['member', 'exhausted', 'out'] as const;

const selectStream = (id: string) =>
  editorStore.getState().select(id === '' ? [] : [{ kind: 'stream', id }]);

export function PeopleToolbar({
  frame,
  form,
  stream,
  onChange,
}: {
  frame: PreviewFrame;
  form: PeopleForm;
  stream: string | null;
  onChange(form: PeopleForm): void;
}) {
  const { t } = useTranslation();
  const attributeId = useId();
  const set = (patch: Partial<PeopleForm>) => onChange({ ...form, ...patch });
  const streamValue = stream !== null && frame.streamIds.includes(stream) ? stream : '';
  const cohortValue = cohortIndexOf(form.cohort, frame) === null ? '' : form.cohort;
  return (
    <div className="people-bar" role="group" aria-label={t('preview.people.filters')}>
      <label className="people-bar__field">
        <span>{t('preview.people.stream')}</span>
        <select value={streamValue} onChange={(e) => selectStream(e.target.value)}>
          <option value="">{t('preview.people.allStreams')}</option>
          {frame.streamIds.map((id, s) => (
            <option key={id} value={id}>
              {frame.streamNames[s]}
            </option>
          ))}
        </select>
      </label>
      {frame.cohorts.length > 0 && (
        <label className="people-bar__field">
          <span>{t('preview.people.audience')}</span>
          <select value={cohortValue} onChange={(e) => set({ cohort: e.target.value })}>
            <option value="">{t('preview.people.everyone')}</option>
            {frame.explicitIds.length > 0 && (
              <option value={FILE_PEOPLE}>{t('preview.people.filePeople')}</option>
            )}
            {frame.cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {t('preview.people.cohortOption', { cohort: c.id })}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="people-bar__field">
        <span>{t('preview.people.end')}</span>
        <select value={form.end} onChange={(e) => set({ end: e.target.value as EndFilter })}>
          <option value="">{t('preview.people.endAny')}</option>
          {ENDS.map((end) => (
            <option key={end} value={end}>
              {t(`preview.people.ends.${end}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="people-bar__field" role="group" aria-labelledby={attributeId}>
        <span id={attributeId}>{t('preview.people.attribute')}</span>
        <input
          className="people-bar__name"
          value={form.attribute}
          placeholder={t('preview.people.attributePlaceholder')}
          aria-label={t('preview.people.attributeName')}
          onChange={(e) => set({ attribute: e.target.value })}
        />
        <select
          value={form.op}
          aria-label={t('preview.people.comparison')}
          onChange={(e) => set({ op: e.target.value as FilterOperator })}
        >
          {FILTER_OPERATORS.map((op) => (
            <option key={op} value={op}>
              {t(`inspector.op.${op}`)}
            </option>
          ))}
        </select>
        <input
          className="people-bar__value"
          value={form.value}
          placeholder={t('preview.people.value')}
          aria-label={t('preview.people.value')}
          onChange={(e) => set({ value: e.target.value })}
        />
      </span>
      <label className="people-bar__field">
        <span>{t('preview.people.search')}</span>
        <input
          type="search"
          className="people-bar__search"
          value={form.search}
          placeholder={t('preview.people.searchPlaceholder')}
          onChange={(e) => set({ search: e.target.value })}
        />
      </label>
    </div>
  );
}
