/** A rule in plain words: its triggers (as on the canvas edge) and every filter it checks. */
import { useTranslation } from 'react-i18next';
import { useNames } from '../wording/useNames';
import { ruleSummary } from '../wording/rules';
import type { TransitionRule } from '../model';
import { filtersText } from '../wording/filters';

export function RuleSummary({ rule }: { rule: TransitionRule }) {
  const { t } = useTranslation();
  const names = useNames();
  const filters = rule.filters ?? [];
  return (
    <div className="inspector__summary" aria-live="polite" data-testid="rule-summary">
      <p>{ruleSummary(t, rule, names)}</p>
      {filters.length > 0 && (
        <p>{t('inspector.rule.only', { conditions: filtersText(t, filters, names) })}</p>
      )}
    </div>
  );
}
