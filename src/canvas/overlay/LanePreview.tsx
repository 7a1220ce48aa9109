/** A lane's people at the preview's cursor date: receiving, paused and exhausted members. */
import { useTranslation } from 'react-i18next';
import { isoOfDay } from '../../engine';
import { formatDate } from '../../wording/dates';
import { useLaneCounts } from './useLaneCounts';

export function LanePreview({ stream, empty }: { stream: string; empty: boolean }) {
  const { t, i18n } = useTranslation();
  const lane = useLaneCounts(stream);
  if (lane === null) return null;
  const { normal, paused, exhausted } = lane.counts.places;
  const next = lane.counts.nextCastDay;
  return (
    <p
      className={`lane__preview${lane.stale ? ' lane__preview--stale' : ''}${empty ? ' lane__preview--inline' : ''}`}
      data-testid={`lane-preview-${stream}`}
    >
      <span>{t('lane.preview.members', { count: normal + paused + exhausted })}</span>
      {paused > 0 && <span>{t('lane.preview.paused', { count: paused })}</span>}
      {exhausted > 0 && <span>{t('lane.preview.exhausted', { count: exhausted })}</span>}
      {next !== null && (
        <span className="lane__preview-next" title={t('lane.preview.nextTitle')}>
          {t('lane.preview.next', { date: formatDate(i18n.language, isoOfDay(next)) })}
        </span>
      )}
    </p>
  );
}
