/**
 * A chart's legend: a swatch and a name per series (colour is never the only signal). A stream's
 * entry is a button that selects its lane on the canvas, which highlights it in every view; pressed
 * again, it clears the selection.
 */
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { editorStore } from '../../store/useEditor';
import type { ExportLegendItem } from './chartExport';

export interface LegendItem extends ExportLegendItem {
  key: string;
  /** The stream id the entry selects, if it stands for a stream. */
  streamId?: string;
  faded?: boolean;
  pressed?: boolean;
}

function select(item: LegendItem) {
  editorStore
    .getState()
    .select(
      item.pressed || item.streamId === undefined ? [] : [{ kind: 'stream', id: item.streamId }],
    );
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={t('preview.charts.legend')}>
      {items.map((item) => {
        const swatch = (
          <span
            className={`chart-legend__swatch chart-legend__swatch--${item.shape}`}
            style={{ '--chart-color': item.color } as CSSProperties}
            aria-hidden="true"
          />
        );
        return (
          <li key={item.key} className={item.faded ? 'chart-legend__item--faded' : undefined}>
            {item.streamId === undefined ? (
              <span className="chart-legend__entry">
                {swatch}
                {item.label}
              </span>
            ) : (
              <button
                type="button"
                className="chart-legend__entry chart-legend__button"
                aria-pressed={item.pressed ?? false}
                title={t('preview.charts.highlight', { name: item.label })}
                onClick={() => select(item)}
              >
                {swatch}
                {item.label}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
