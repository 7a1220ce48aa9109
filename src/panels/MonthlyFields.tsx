/** Monthly cadence (R19): on day D (1-31, a missing day falls on the last) or on the nth weekday. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from '../model';
import type { CadenceDraft, Nth } from './cadenceDraft';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { weekdayLabel } from '../wording/weekdays';

type Monthly = Pick<CadenceDraft, 'monthlyBy' | 'dayOfMonth' | 'n' | 'weekday'>;

const NTHS: Nth[] = [1, 2, 3, 4];

export function MonthlyFields({
  draft,
  onChange,
  dayInvalid,
}: {
  draft: Monthly;
  onChange: (patch: Partial<Monthly>, coalesce?: boolean) => void;
  dayInvalid: boolean;
}) {
  const { t, i18n } = useTranslation();
  const name = useId();
  const radio = (by: Monthly['monthlyBy'], label: string) => (
    <label className="field--check">
      <input
        type="radio"
        name={name}
        checked={draft.monthlyBy === by}
        onChange={() => onChange({ monthlyBy: by })}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="monthly">
      <legend>{t('inspector.cadence.monthlyBy')}</legend>
      {radio('day', t('inspector.cadence.byDay'))}
      {radio('nth', t('inspector.cadence.byNth'))}
      {draft.monthlyBy === 'day' ? (
        <TextField
          label={t('inspector.cadence.dayOfMonth')}
          inputMode="numeric"
          value={draft.dayOfMonth}
          onChange={(dayOfMonth) => onChange({ dayOfMonth }, true)}
          hint={t('inspector.cadence.dayHint')}
          error={dayInvalid ? t('inspector.errors.range', { min: 1, max: 31 }) : null}
        />
      ) : (
        <div className="field-row">
          <SelectField
            label={t('inspector.cadence.nth')}
            value={String(draft.n)}
            options={NTHS.map((n) => ({
              value: String(n),
              label: t(`inspector.cadence.nthOption.${n}`),
            }))}
            onChange={(n) => onChange({ n: Number(n) as Nth })}
          />
          <SelectField<Weekday>
            label={t('inspector.cadence.weekday')}
            value={draft.weekday}
            options={WEEKDAYS.map((d) => ({ value: d, label: weekdayLabel(i18n.language, d) }))}
            onChange={(weekday) => onChange({ weekday })}
          />
        </div>
      )}
    </fieldset>
  );
}
