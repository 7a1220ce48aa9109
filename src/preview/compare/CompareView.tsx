/**
 * The compare view: this program (A) beside another program of its family (B), both run over A's
 * audience: totals side by side and the casts that differ, per person and date.
 */
import './compare.css';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { mediumDate } from '../../simulation/derive/dates';
import type { CompareOutcome } from '../../simulation/compareRunner';
import type { PreviewResult } from '../../simulation/previewStore';
import { useEditor } from '../../store/useEditor';
import { ProblemList } from '../ProblemList';
import { CastDiffList } from './CastDiffList';
import { ComparePicker } from './ComparePicker';
import { CompareTotalsTable } from './CompareTotalsTable';
import { useCompareSource } from './compareSource';
import { useComparison } from './useComparison';

export function CompareView({ result }: { result: PreviewResult }) {
  const { t } = useTranslation();
  const source = useCompareSource();
  useComparison(source, result);
  const status = useStore(source.store, (s) => s.status);
  const outcome = useStore(source.store, (s) => s.outcome);
  const other = useStore(source.store, (s) => s.other);
  return (
    <div className="compare">
      <ComparePicker source={source} />
      {other !== null && status === 'running' && (
        <p className="compare__status" role="status">
          {t('preview.compare.running', { name: other.name })}
        </p>
      )}
      {other !== null && status === 'ready' && outcome !== null && (
        <Outcome outcome={outcome} result={result} nameB={other.name} />
      )}
    </div>
  );
}

function Outcome({
  outcome,
  result,
  nameB,
}: {
  outcome: CompareOutcome;
  result: PreviewResult;
  nameB: string;
}) {
  const { t, i18n } = useTranslation();
  const nameA = useEditor((s) => s.doc?.program.name ?? '');
  const { frame } = result;
  if (!outcome.ok)
    return 'problems' in outcome ? (
      <div role="alert">
        <p>{t('preview.compare.problems', { name: nameB })}</p>
        <ProblemList problems={outcome.problems} />
      </div>
    ) : (
      <p role="alert">
        {outcome.failure === 'gone'
          ? t('preview.compare.gone')
          : t('preview.compare.failed', { message: outcome.failure })}
      </p>
    );
  return (
    <>
      <p className="compare__audience">
        {t('preview.compare.audience', {
          a: nameA,
          b: nameB,
          count: result.aggregates.people,
          from: mediumDate(i18n.language, frame.fromDay),
          until: mediumDate(i18n.language, frame.untilDay),
        })}
      </p>
      <div className="compare__columns">
        <CompareTotalsTable totals={outcome.totals} />
        {outcome.diff === null ? (
          <p className="compare__too-many">{t('preview.compare.casts.tooMany')}</p>
        ) : (
          <CastDiffList
            diff={outcome.diff}
            a={frame}
            b={outcome.b.frame}
            people={result.aggregates.people}
          />
        )}
      </div>
    </>
  );
}
