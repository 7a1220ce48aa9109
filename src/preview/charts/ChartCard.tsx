/**
 * One chart in its card: a title, a line saying what it shows, its controls, the chart (or, with
 * nothing to draw, why), its legend, a "Show as table" toggle for the numbers as a table, and
 * downloads as SVG and PNG named `<program>-<chart>.<ext>`.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chartSvg, downloadBlob, svgToPng } from './chartExport';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { useMeasuredWidth } from './useMeasuredWidth';

export interface ChartCardProps {
  /** The chart's part of the file names: "people-per-stream". */
  name: string;
  fileBase: string;
  title: string;
  explanation: string;
  controls?: ReactNode;
  /** Why there is nothing to draw, or null. */
  empty: string | null;
  legend?: readonly LegendItem[];
  note?: ReactNode;
  table: () => ReactNode;
  chart: (width: number) => ReactNode;
  wide?: boolean;
}

export function ChartCard(props: ChartCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [tableShown, setTableShown] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { ref, width } = useMeasuredWidth<HTMLDivElement>();
  const card = useRef<HTMLElement>(null);
  const legend = props.legend ?? [];

  const exported = () => {
    const svg = ref.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg || !card.current) throw new Error(t('preview.charts.noChart'));
    const style = getComputedStyle(card.current);
    return chartSvg(svg, {
      title: props.title,
      legend,
      background: style.backgroundColor,
      color: style.color,
      font: style.fontFamily,
    });
  };
  const download = async (kind: 'svg' | 'png') => {
    setFailure(null);
    try {
      const svg = exported();
      const blob =
        kind === 'svg' ? new Blob([svg.text], { type: 'image/svg+xml' }) : await svgToPng(svg, 2);
      downloadBlob(blob, `${props.fileBase}-${props.name}.${kind}`);
    } catch (error) {
      setFailure(
        t('preview.charts.exportFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  return (
    <section
      ref={card}
      className={`chart-card${props.wide ? ' chart-card--wide' : ''}`}
      aria-labelledby={titleId}
    >
      <header className="chart-card__head">
        <div>
          <h3 id={titleId} className="chart-card__title">
            {props.title}
          </h3>
          <p className="chart-card__explain">{props.explanation}</p>
        </div>
        <div className="chart-card__tools">
          {props.controls}
          {props.empty === null && (
            <>
              <button
                type="button"
                className="chart-card__tool"
                aria-pressed={tableShown}
                onClick={() => setTableShown(!tableShown)}
              >
                {t('preview.charts.showTable')}
              </button>
              <button type="button" className="chart-card__tool" onClick={() => download('svg')}>
                {t('preview.charts.downloadSvg')}
              </button>
              <button type="button" className="chart-card__tool" onClick={() => download('png')}>
                {t('preview.charts.downloadPng')}
              </button>
            </>
          )}
        </div>
      </header>
      {failure && (
        <p className="chart-card__failure" role="alert">
          {failure}
        </p>
      )}
      <div ref={ref} className="chart-card__chart">
        {props.empty === null ? (
          props.chart(width)
        ) : (
          <p className="chart-card__empty">{props.empty}</p>
        )}
      </div>
      {props.empty === null && <ChartLegend items={legend} />}
      {props.empty === null && props.note}
      {props.empty === null && tableShown && props.table()}
    </section>
  );
}
