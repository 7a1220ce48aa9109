/**
 * An item's simulated engagement index (R57): the number, a trend arrow with its words, a "low
 * volume" badge; a dash with the reason when there is none.
 */
import { useTranslation } from 'react-i18next';
import { LOW_VOLUME } from '../../engine';
import { countText } from '../../simulation/derive/dates';
import type { ReportItem } from './reportModel';

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

export function IndexCell({ item }: { item: ReportItem }) {
  const { t, i18n } = useTranslation();
  const e = item.engagement;
  if (item.type === 'program' || e.index === null) {
    const why =
      item.type === 'program' ? t('preview.report.programNoIndex') : t('preview.report.noIndex');
    return (
      <span title={why}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{why}</span>
      </span>
    );
  }
  const trend =
    e.trend === null ? null : t(`preview.report.trend.${e.trend}`, { previous: e.previousIndex });
  return (
    <span className="report-index">
      {e.lowVolume && (
        <span
          className="report-index__low"
          title={t('preview.report.lowVolumeTitle', { count: LOW_VOLUME, volume: e.volume })}
        >
          {t('preview.report.lowVolume')}
        </span>
      )}
      <span className="report-index__value">{countText(i18n.language, e.index)}</span>
      {e.trend !== null && (
        <span className={`report-index__trend report-index__trend--${e.trend}`} title={trend!}>
          <span aria-hidden="true">{ARROWS[e.trend]}</span>
          <span className="visually-hidden">{trend}</span>
        </span>
      )}
    </span>
  );
}
