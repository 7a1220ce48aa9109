/** A lane's people at the preview's cursor date: receiving, paused and exhausted members. */
import { useTranslation } from 'react-i18next';
import { useLaneCounts } from './useLaneCounts';

export function LanePreview({ stream, empty }: { stream: string; empty: boolean }) {
  const { t } = useTranslation();
  const lane = useLaneCounts(stream);
  if (lane === null) return null;
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
