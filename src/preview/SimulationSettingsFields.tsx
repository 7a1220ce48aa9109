/**
 * From, until and seed of the simulation, kept in the program file's `simulation` key (spec: Top
 * level). Empty dates show the period the simulator chose; a whole date is saved when the field is
 * left (or on Enter), a period ending before it starts is named and saves nothing, and a seed is
 * saved as soon as it is a whole number.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationSettings } from '../model';
import { DateField } from '../ui/DateField';

export interface SimulationSettingsFieldsProps {
  settings: SimulationSettings | undefined;
  /** The period in effect (the simulator's defaults when the file sets none), ISO dates. */
  effective: { from: string; until: string } | null;
  onChange(next: SimulationSettings): void;
}

export function SimulationSettingsFields({
  settings,
  effective,
  onChange,
}: SimulationSettingsFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const seedText = String(settings?.seed ?? 0);
  const [seed, setSeed] = useState({ seen: seedText, text: seedText });
  if (seed.seen !== seedText) setSeed({ seen: seedText, text: seedText });
  const [error, setError] = useState<string | null>(null);

  /** Saves a date ('' clears it: the simulator's default), unless the period would run backwards. */
  const saveDate = (key: 'from' | 'until', iso: string) => {
    const next: SimulationSettings = { ...(settings ?? {}) };
    if (iso) next[key] = iso;
    else delete next[key];
    const from = next.from ?? effective?.from;
    const until = next.until ?? effective?.until;
    if (from && until && until < from) return setError(t('preview.settings.untilBeforeFrom'));
    setError(null);
    onChange(next);
  };

  const changeSeed = (text: string) => {
    setSeed({ ...seed, text });
    const value = Number(text);
    if (text.trim() !== '' && Number.isInteger(value))
      onChange({ ...(settings ?? {}), seed: value });
  };

  return (
    <div className="sim-settings" role="group" aria-label={t('preview.settings.label')}>
      <DateField
        label={t('preview.settings.from')}
        value={settings?.from ?? effective?.from ?? ''}
        optional
        onCommit={(iso) => saveDate('from', iso)}
      />
      <DateField
        label={t('preview.settings.until')}
        value={settings?.until ?? effective?.until ?? ''}
        optional
        error={error}
        onCommit={(iso) => saveDate('until', iso)}
      />
      <div className="sim-settings__seed-field">
        <label htmlFor={`${id}-seed`}>{t('preview.settings.seed')}</label>
        <input
          id={`${id}-seed`}
          className="sim-settings__seed"
          type="number"
          step={1}
          value={seed.text}
          title={t('preview.settings.seedHint')}
          onChange={(e) => changeSeed(e.target.value)}
        />
      </div>
    </div>
  );
}
