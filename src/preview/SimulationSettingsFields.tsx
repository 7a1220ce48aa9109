/**
 * From, until and seed of the simulation, kept in the program file's `simulation` key (spec: Top
 * level). Empty fields show the period the simulator chose; a change that leaves the fields valid
 * is saved at once, an invalid one is named and saves nothing.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationSettings } from '../model';

export interface SimulationSettingsFieldsProps {
  settings: SimulationSettings | undefined;
  /** The period in effect (the simulator's defaults when the file sets none), ISO dates. */
  effective: { from: string; until: string } | null;
  onChange(next: SimulationSettings): void;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function SimulationSettingsFields({
  settings,
  effective,
  onChange,
}: SimulationSettingsFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const current = {
    from: settings?.from ?? '',
    until: settings?.until ?? '',
    seed: String(settings?.seed ?? 0),
  };
  const [draft, setDraft] = useState({ seen: settings, ...current });
  if (draft.seen !== settings) setDraft({ seen: settings, ...current });

  const from = draft.from || effective?.from || '';
  const until = draft.until || effective?.until || '';
  const error =
    from !== '' && until !== '' && until < from ? t('preview.settings.untilBeforeFrom') : null;

  const update = (patch: Partial<typeof current>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const seed = Number(next.seed);
    const valid =
      (next.from === '' || ISO.test(next.from)) &&
      (next.until === '' || ISO.test(next.until)) &&
      Number.isInteger(seed) &&
      !(next.from && next.until && next.until < next.from);
    if (!valid) return;
    const out: SimulationSettings = { ...(settings ?? {}) };
    if (next.from) out.from = next.from;
    else delete out.from;
    if (next.until) out.until = next.until;
    else delete out.until;
    out.seed = seed;
    setDraft({ ...next, seen: out });
    onChange(out);
  };

  return (
    <div className="sim-settings" role="group" aria-label={t('preview.settings.label')}>
      <label htmlFor={`${id}-from`}>{t('preview.settings.from')}</label>
      <input
        id={`${id}-from`}
        type="date"
        value={from}
        onChange={(e) => update({ from: e.target.value })}
        aria-invalid={error ? true : undefined}
      />
      <label htmlFor={`${id}-until`}>{t('preview.settings.until')}</label>
      <input
        id={`${id}-until`}
        type="date"
        value={until}
        min={from || undefined}
        onChange={(e) => update({ until: e.target.value })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label htmlFor={`${id}-seed`}>{t('preview.settings.seed')}</label>
      <input
        id={`${id}-seed`}
        className="sim-settings__seed"
        type="number"
        step={1}
        value={draft.seed}
        title={t('preview.settings.seedHint')}
        onChange={(e) => update({ seed: e.target.value })}
      />
      {error && (
        <span id={`${id}-error`} className="sim-settings__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
