/**
 * The share of a stream's members out of content, day by day over the period, as a small area
 * with the half line: a picture of what the sentence and the table say in numbers (its label says
 * it in words too).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { shortDate } from '../../simulation/derive/dates';
import { percentText } from './percent';

/** At most this many points: a day each for a few months, the worst day of each bucket beyond. */
const POINTS = 240;

function points(shares: Float32Array): string {
  const n = shares.length;
  if (n === 0) return '';
  const buckets = Math.min(POINTS, n);
  const out: string[] = [];
  for (let b = 0; b < buckets; b++) {
    let worst = 0;
    for (let d = Math.floor((b * n) / buckets); d < Math.floor(((b + 1) * n) / buckets); d++)
      worst = Math.max(worst, shares[d]!);
    const x = buckets === 1 ? 0 : (b / (buckets - 1)) * 100;
    out.push(`${x.toFixed(2)},${(100 - worst * 100).toFixed(2)}`);
  }
  return `0,100 ${out.join(' ')} 100,100`;
}

export function ShareSparkline({
  shares,
  stream,
  fromDay,
  untilDay,
}: {
  shares: Float32Array;
  stream: string;
  fromDay: number;
  untilDay: number;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const polygon = useMemo(() => points(shares), [shares]);
  const peak = shares.reduce((m, s) => Math.max(m, s), 0);
  const label = t('preview.forecast.share.label', {
    stream,
    start: percentText(language, shares[0] ?? 0),
    end: percentText(language, shares[shares.length - 1] ?? 0),
    peak: percentText(language, peak),
    from: shortDate(language, fromDay),
    until: shortDate(language, untilDay),
  });
  return (
    <svg
      className="forecast-spark"
      viewBox="0 0 100 100"
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <polygon className="forecast-spark__area" points={polygon} />
      <line className="forecast-spark__half" x1="0" x2="100" y1="50" y2="50" />
    </svg>
  );
}
