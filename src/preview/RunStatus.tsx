/**
 * Where the simulation stands: people simulated, or a progress bar with Cancel once a run takes
 * more than a moment, and an "outdated" badge while an older result is on screen.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countText } from '../simulation/derive/dates';
import type { PreviewActions, PreviewState } from '../simulation/previewStore';
import { usePreview } from '../store/usePreview';
import { usePreviewServices } from './previewServices';

/** A run shorter than this shows no progress bar (it would only flicker). */
export const PROGRESS_AFTER_MS = 300;

const select = (s: PreviewState & PreviewActions) => s;

export function RunStatus() {
  const { t, i18n } = useTranslation();
  const services = usePreviewServices();
  const { status, progress, result, stale, failure } = usePreview(select);
  const n = (x: number) => countText(i18n.language, x);
  const [slow, setSlow] = useState(false);
  const startedAt = progress?.startedAt ?? null;
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setTimeout(() => setSlow(true), PROGRESS_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [startedAt]);

  let text: string;
  if (status === 'running' && progress)
    text =
      progress.total > 0
        ? t('preview.status.running', { done: n(progress.done), total: n(progress.total) })
        : t('preview.status.preparing');
  else if (status === 'invalid') text = t('preview.status.invalid');
  else if (status === 'cancelled') text = t('preview.status.cancelled');
  else if (status === 'failed') text = t('preview.status.failed', { message: failure ?? '' });
  else if (result)
    text = t('preview.status.ready', {
      count: result.aggregates.people,
      people: n(result.aggregates.people),
    });
  else text = t('preview.status.idle');
  const title = result
    ? t('preview.status.readyTitle', {
        people: n(result.aggregates.people),
        personCasts: n(result.aggregates.personCasts),
        ms: n(Math.round(result.elapsed)),
        workers: result.workers,
      })
    : undefined;

  return (
    <div className="run-status">
      {/* A run that ends in a blink does not flash "outdated"; a longer one, or a problem, does. */}
      {stale && result && (slow || status !== 'running') && (
        <span className="run-status__stale" title={t('preview.status.stale')}>
          {t('preview.staleBadge')}
        </span>
      )}
      <span className="run-status__text" role="status" aria-live="polite" title={title}>
        {text}
      </span>
      {status === 'running' && slow && progress && progress.total > 0 && (
        <>
          <progress
            className="run-status__bar"
            aria-label={t('preview.progress')}
            max={progress.total}
            value={progress.done}
          />
          <button type="button" onClick={services.cancel}>
            {t('preview.cancel')}
          </button>
        </>
      )}
      {(status === 'cancelled' || status === 'failed') && (
        <button type="button" onClick={services.rerun}>
          {t('preview.runAgain')}
        </button>
      )}
    </div>
  );
}
