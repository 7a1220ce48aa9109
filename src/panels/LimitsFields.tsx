/** Communication limits (R34-R36): emails per day and per rolling 7 days; empty is no limit. */
import { useTranslation } from 'react-i18next';
import type { Program } from '../model';
import { DraftInput } from './DraftInput';
import { parseWhole } from './parse';

type Limits = NonNullable<Program['communicationLimits']>;
const CAPS = ['perDay', 'per7Days'] as const;

function withCap(limits: Limits | undefined, cap: keyof Limits, value: number | undefined) {
  const next: Limits = { ...limits, [cap]: value };
  if (value === undefined) delete next[cap];
  return Object.keys(next).length === 0 ? undefined : next;
}

export function LimitsFields({
  limits,
  onChange,
}: {
  limits: Limits | undefined;
  onChange: (limits: Limits | undefined, cap: keyof Limits) => void;
}) {
  const { t } = useTranslation();
  const read = (text: string) => (text.trim() === '' ? undefined : parseWhole(text, 0));
  return (
    <div className="field-grid">
      {CAPS.map((cap) => (
        <DraftInput
          key={cap}
          label={t(`inspector.program.${cap}`)}
          inputMode="numeric"
          value={limits?.[cap] === undefined ? '' : String(limits[cap])}
          placeholder={t('inspector.program.noLimit')}
          check={(text) =>
            read(text) === null ? t('inspector.errors.wholeNumber', { min: 0 }) : null
          }
          same={(text, value) => read(text) === read(value)}
          onCommit={(text) => onChange(withCap(limits, cap, read(text) ?? undefined), cap)}
        />
      ))}
    </div>
  );
}
