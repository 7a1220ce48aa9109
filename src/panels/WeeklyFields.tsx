/** Weekly cadence (R18): one checkbox per weekday, at least one chosen. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from '../model';
import { weekdayLabel } from '../wording/weekdays';

export function WeeklyFields({
  weekdays,
  onChange,
  invalid,
}: {
  weekdays: readonly Weekday[];
  onChange: (weekdays: Weekday[]) => void;
  invalid: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const toggle = (day: Weekday, on: boolean) =>
    onChange(on ? [...weekdays, day] : weekdays.filter((d) => d !== day));
  return (
    <fieldset
      className="weekdays"
      aria-invalid={invalid ? true : undefined}
      aria-describedby={invalid ? `${id}-error` : undefined}
    >
      <legend>{t('inspector.cadence.weekdays')}</legend>
      <div className="weekdays__list">
        {WEEKDAYS.map((day) => (
          <label key={day} className="weekdays__day">
            <input
              type="checkbox"
              checked={weekdays.includes(day)}
              aria-label={weekdayLabel(i18n.language, day)}
              onChange={(e) => toggle(day, e.target.checked)}
            />
            <span aria-hidden="true">{weekdayLabel(i18n.language, day, 'short')}</span>
          </label>
        ))}
      </div>
      {invalid && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {t('inspector.errors.weekdays')}
        </p>
      )}
    </fieldset>
  );
}
