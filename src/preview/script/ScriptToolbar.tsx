/** The Script tab's bar: add an event, filter by person and by type, and how many are shown. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventType } from '../../model';
import type { EventFilter } from './eventOrder';
import { useTypeOptions } from './useTypeOptions';

const SUGGESTED = 50;

export function ScriptToolbar({
  filter,
  onFilter,
  people,
  shown,
  total,
  onAdd,
}: {
  filter: EventFilter;
  onFilter: (filter: EventFilter) => void;
  people: readonly string[];
  shown: number;
  total: number;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const typeOptions = useTypeOptions();
  const typed = filter.person.trim();
  const suggested = people.filter((p) => p.startsWith(typed) && p !== typed).slice(0, SUGGESTED);
  const filtered = filter.person.trim() !== '' || filter.type !== null;
  return (
    <div className="script-bar">
      <button type="button" className="pf-button pf-button--primary" onClick={onAdd}>
        {t('preview.script.add')}
      </button>
      <div
        className="script-bar__filters"
        role="group"
        aria-label={t('preview.script.filter.label')}
      >
        <label htmlFor={`${id}-person`}>{t('preview.script.filter.person')}</label>
        <input
          id={`${id}-person`}
          className="pf-input script-bar__person"
          type="search"
          list={`${id}-people`}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('preview.script.filter.everyone')}
          value={filter.person}
          onChange={(e) => onFilter({ ...filter, person: e.target.value })}
        />
        <datalist id={`${id}-people`}>
          {suggested.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <label htmlFor={`${id}-type`}>{t('preview.script.filter.type')}</label>
        <select
          id={`${id}-type`}
          className="pf-input script-bar__type"
          value={filter.type ?? ''}
          onChange={(e) =>
            onFilter({
              ...filter,
              type: e.target.value === '' ? null : (e.target.value as EventType),
            })
          }
        >
          <option value="">{t('preview.script.filter.allTypes')}</option>
          {typeOptions.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {filtered && (
          <button
            type="button"
            className="pf-button"
            onClick={() => onFilter({ person: '', type: null })}
          >
            {t('preview.script.filter.clear')}
          </button>
        )}
      </div>
      <span className="script-bar__count" aria-live="polite">
        {filtered
          ? t('preview.script.shown', { shown, count: total })
          : t('preview.script.count', { count: total })}
      </span>
    </div>
  );
}
