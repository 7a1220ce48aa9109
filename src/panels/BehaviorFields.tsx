/**
 * Open, click and unsubscribe rates as percentages (stored as probabilities 0..1). Each is
 * optional: empty leaves the key out, so an item falls back to the program's rate (semantics 12).
 */
import { useTranslation } from 'react-i18next';
import type { Behavior } from '../model';
import { DraftInput } from './DraftInput';
import { parsePercent, percentText } from './parse';

const RATES = ['open', 'click', 'unsubscribe'] as const;
type Rate = (typeof RATES)[number];

/** The behaviour with one rate set or cleared; undefined when nothing is left. */
function withRate(behavior: Behavior | undefined, rate: Rate, value: number | undefined) {
  const next: Behavior = { ...behavior, [rate]: value };
  if (value === undefined) delete next[rate];
  return Object.keys(next).length === 0 ? undefined : next;
}

export function BehaviorFields({
  behavior,
  inherited,
  onChange,
}: {
  behavior: Behavior | undefined;
  /** Rates used when a field is empty (the program's, for an item). */
  inherited?: Behavior;
  onChange: (behavior: Behavior | undefined, rate: Rate) => void;
}) {
  const { t, i18n } = useTranslation();
  const readPercent = (text: string) => (text.trim() === '' ? undefined : parsePercent(text));
  return (
    <div className="field-grid">
      {RATES.map((rate) => (
        <DraftInput
          key={rate}
          label={t(`inspector.behavior.${rate}`)}
          inputMode="decimal"
          value={percentText(behavior?.[rate], i18n.language)}
          placeholder={percentText(inherited?.[rate] ?? (inherited ? 0 : undefined), i18n.language)}
          check={(text) => (readPercent(text) === null ? t('inspector.errors.percent') : null)}
          same={(text, value) => readPercent(text) === readPercent(value)}
          onCommit={(text) =>
            onChange(withRate(behavior, rate, readPercent(text) ?? undefined), rate)
          }
        />
      ))}
    </div>
  );
}
