/** Choosing a country, and one of its states or regions where the holiday library has them. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayRegion } from '../../document/ops/holidays';
import { useCountryNames, useStateNames } from '../../wording/useHolidays';

const WHOLE = '';

export function RegionPicker({
  chosen,
  onAdd,
  onDone,
}: {
  chosen: HolidayRegion[];
  onAdd(region: HolidayRegion): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const ids = { country: useId(), state: useId() };
  const countries = useCountryNames();
  const [country, setCountry] = useState('');
  const [state, setState] = useState(WHOLE);
  const states = useStateNames(country);
  const region: HolidayRegion = state === WHOLE ? { country } : { country, state };
  const taken = chosen.some((r) => r.country === region.country && r.state === region.state);
  if (countries.isError)
    return (
      <p className="field__error" role="alert">
        {t('inspector.holidays.loadFailed')}
      </p>
    );
  if (countries.data === undefined)
    return <p className="field__hint">{t('inspector.holidays.loading')}</p>;
  return (
    <div className="holidays__picker">
      <div className="field">
        <label htmlFor={ids.country}>{t('inspector.holidays.country')}</label>
        <select
          id={ids.country}
          value={country}
          onChange={(e) => {
            setCountry(e.target.value);
            setState(WHOLE);
          }}
        >
          <option value="">{t('inspector.holidays.chooseCountry')}</option>
          {countries.data.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {country !== '' && (states.data?.length ?? 0) > 0 && (
        <div className="field">
          <label htmlFor={ids.state}>{t('inspector.holidays.state')}</label>
          <select id={ids.state} value={state} onChange={(e) => setState(e.target.value)}>
            <option value={WHOLE}>{t('inspector.holidays.wholeCountry')}</option>
            {states.data!.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      {taken && <p className="field__hint">{t('inspector.holidays.already')}</p>}
      <div className="inspector__buttons">
        <button type="button" disabled={country === '' || taken} onClick={() => onAdd(region)}>
          {t('inspector.holidays.add')}
        </button>
        <button type="button" onClick={onDone}>
          {t('inspector.holidays.done')}
        </button>
      </div>
    </div>
  );
}
