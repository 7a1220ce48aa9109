/** What the people grid's marks and colours mean, in words (shown beside the grid on demand). */
import { useTranslation } from 'react-i18next';
import type { PreviewFrame } from '../../engine';
import { swatchStyle } from '../../ui/palette';
import { MARK_SYMBOL, MOVE_SYMBOL } from './cellText';

const MARK_ROWS = [
  ['blocked', MARK_SYMBOL.blocked],
  ['failed', MARK_SYMBOL.failed],
  ['paused', MARK_SYMBOL.paused],
  ['lost', MARK_SYMBOL.lost],
  ['exhausted', MARK_SYMBOL.exhausted],
  ['joined', MOVE_SYMBOL.joined],
  ['moved', MOVE_SYMBOL.moved],
] as const;

export function PeopleLegend({ frame, id }: { frame: PreviewFrame; id: string }) {
  const { t } = useTranslation();
  return (
    <aside className="people-legend" id={id} aria-label={t('preview.people.legend.title')}>
      <h3>{t('preview.people.legend.title')}</h3>
      <dl className="people-legend__marks">
        <div className="people-legend__row">
          <dt>
            <span className="people-chip people-chip--sent" style={swatchStyle(0)}>
              <span className="people-chip__item">E1</span>
            </span>
          </dt>
          <dd>{t('preview.people.legend.item')}</dd>
        </div>
        {MARK_ROWS.map(([mark, symbol]) => (
          <div key={mark} className="people-legend__row">
            <dt className={`people-legend__symbol people-legend__symbol--${mark}`}>{symbol}</dt>
            <dd>{t(`preview.people.legend.${mark}`)}</dd>
          </div>
        ))}
        <div className="people-legend__row">
          <dt>
            <span className="people-chip__dry">
              {MARK_SYMBOL.exhausted} {t('preview.people.short.ranDry')}
            </span>
          </dt>
          <dd>{t('preview.people.legend.ranDry')}</dd>
        </div>
        <div className="people-legend__row">
          <dt className="people-legend__symbol">
            {MOVE_SYMBOL.removed}
            {t('preview.people.short.removed')}
          </dt>
          <dd>{t('preview.people.legend.removed')}</dd>
        </div>
        <div className="people-legend__row">
          <dt className="people-legend__symbol people-legend__symbol--empty" />
          <dd>{t('preview.people.legend.empty')}</dd>
        </div>
      </dl>
      <h4>{t('preview.people.legend.streams')}</h4>
      <ul className="people-legend__streams">
        {frame.streamNames.map((name, s) => (
          <li key={frame.streamIds[s]} style={swatchStyle(s)}>
            <span className="people-legend__swatch" aria-hidden="true" />
            {name}
          </li>
        ))}
      </ul>
    </aside>
  );
}
