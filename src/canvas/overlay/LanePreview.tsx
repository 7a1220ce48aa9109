/** A lane's people at the preview's cursor date: receiving, paused and exhausted members. */
import { useTranslation } from 'react-i18next';
import { useQuizHidden } from './useCastScene';
import { useLaneCounts } from './useLaneCounts';

export function LanePreview({ stream, empty }: { stream: string; empty: boolean }) {
  const { t } = useTranslation();
  const lane = useLaneCounts(stream);
  const hidden = useQuizHidden();
  if (lane === null) return null;
  if (hidden)
    return (
      <p
        className={`lane__preview lane__preview--hidden${empty ? ' lane__preview--inline' : ''}`}
        data-testid={`lane-preview-${stream}`}
        title={t('lane.preview.hiddenLabel')}
      >
        <span aria-hidden="true">{t('lane.preview.hidden')}</span>
        <span className="visually-hidden">{t('lane.preview.hiddenLabel')}</span>
      </p>
    );
  const { normal, paused, exhausted } = lane.counts.places;
  return (
    <p
      className={`lane__preview${lane.stale ? ' lane__preview--stale' : ''}${empty ? ' lane__preview--inline' : ''}`}
      data-testid={`lane-preview-${stream}`}
    >
      <span>{t('lane.preview.members', { count: normal + paused + exhausted })}</span>
      {paused > 0 && <span>{t('lane.preview.paused', { count: paused })}</span>}
      {exhausted > 0 && <span>{t('lane.preview.exhausted', { count: exhausted })}</span>}
    </p>
  );
}
