/** Choose whose journey to read: type an id (suggestions from the file's people and cohorts). */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewFrame } from '../../engine';
import { previewStore } from '../../store/usePreview';
import { personSuggestions } from './personSuggestions';

const SUGGESTIONS = 12;

export function PersonPicker({ frame, person }: { frame: PreviewFrame; person: string | null }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(person ?? '');
  const [empty, setEmpty] = useState(false);
  const list = useId();
  const hint = useId();
  const suggestions = useMemo(() => personSuggestions(frame, typed, SUGGESTIONS), [frame, typed]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = typed.trim();
    setEmpty(id === '');
    if (id !== '') previewStore.getState().openPerson(id);
  };
  return (
    <form className="journey-picker" onSubmit={submit} role="search">
      <label className="journey-picker__label">
        {t('preview.journey.picker.label')}
        <input
          type="search"
          value={typed}
          list={list}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('preview.journey.picker.placeholder')}
          aria-invalid={empty || undefined}
          aria-describedby={empty ? hint : undefined}
          onChange={(e) => setTyped(e.target.value)}
        />
      </label>
      <datalist id={list}>
        {suggestions.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      <button type="submit">{t('preview.journey.picker.open')}</button>
      {empty && (
        <span id={hint} className="journey-picker__error" role="alert">
          {t('preview.journey.picker.empty')}
        </span>
      )}
    </form>
  );
}

/** With nobody chosen: the first few people, one click from their journey. */
export function FirstPeople({ frame }: { frame: PreviewFrame }) {
  const { t } = useTranslation();
  const people = useMemo(() => personSuggestions(frame, '', 8), [frame]);
  return (
    <div className="journey__start">
      <h3>{t('preview.journey.picker.suggested')}</h3>
      <ul className="journey__people">
        {people.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="journey__person"
              onClick={() => previewStore.getState().openPerson(id)}
            >
              {id}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
