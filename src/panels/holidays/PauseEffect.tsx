/** What pausing over holidays changed: casts and sends in the simulated period, before and after. */
import { useTranslation } from 'react-i18next';
import { countText } from '../../simulation/derive/dates';
import { periodTotals, type PeriodTotals } from '../../simulation/derive/holidayCasts';
import { usePreview } from '../../store/usePreview';

export function PauseEffect({ before, beforeKey }: { before: PeriodTotals; beforeKey: string }) {
  const { t, i18n } = useTranslation();
  const result = usePreview((s) => s.result);
  const stale = usePreview((s) => s.stale);
  const n = (x: number) => countText(i18n.language, x);
  if (result === null || result.key === beforeKey || stale)
    return (
      <p className="field__hint" role="status">
        {t('inspector.holidays.simulating')}
      </p>
    );
  const after = periodTotals(result);
  return (
    <p className="inspector__summary holidays__effect" role="status">
      {t('inspector.holidays.effect', {
        castsBefore: n(before.casts),
        castsAfter: n(after.casts),
        sendsBefore: n(before.sends),
        sendsAfter: n(after.sends),
      })}
    </p>
  );
}
