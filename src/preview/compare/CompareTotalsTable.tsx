/** A's totals beside B's: sends, deliveries, when each stream first runs dry, and moves. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ComparedTotals, StreamPair } from '../../simulation/derive/compareTotals';
import { countText, mediumDate } from '../../simulation/derive/dates';

function dryText(t: TFunction, language: string, side: StreamPair['a']): string {
  if (side === null) return t('preview.compare.totals.absent');
  if (side.day === null) return t('preview.compare.totals.never');
  return t('preview.compare.totals.dry', {
    count: side.people,
    date: mediumDate(language, side.day),
  });
}

export function CompareTotalsTable({ totals }: { totals: ComparedTotals }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const num = (n: number) => countText(language, n);
  const delta = (a: number, b: number) =>
    b === a ? '0' : `${b > a ? '+' : '−'}${num(Math.abs(b - a))}`;
  const names = new Map(totals.streams.map((s) => [s.id, s.name]));
  const numeric = (label: string, a: number, b: number, key: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td>{num(a)}</td>
      <td>{num(b)}</td>
      <td>{delta(a, b)}</td>
    </tr>
  );
  return (
    <table className="compare-totals">
      <caption>{t('preview.compare.totals.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('preview.compare.totals.what')}</th>
          <th scope="col">{t('preview.compare.totals.a')}</th>
          <th scope="col">{t('preview.compare.totals.b')}</th>
          <th scope="col">{t('preview.compare.totals.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {numeric(t('preview.compare.totals.sends'), totals.sends.a, totals.sends.b, 'sends')}
        {numeric(
          t('preview.compare.totals.deliveries'),
          totals.deliveries.a,
          totals.deliveries.b,
          'deliveries',
        )}
        {totals.streams.map((s) => (
          <tr key={`dry:${s.id}`}>
            <th scope="row">{t('preview.compare.totals.runsDry', { stream: s.name })}</th>
            <td>{dryText(t, language, s.a)}</td>
            <td>{dryText(t, language, s.b)}</td>
            <td />
          </tr>
        ))}
        {totals.moves.map((m) =>
          numeric(
            t('preview.compare.totals.moves', {
              from: names.get(m.from) ?? m.from,
              to: names.get(m.to) ?? m.to,
            }),
            m.a,
            m.b,
            `move:${m.from}:${m.to}`,
          ),
        )}
        {totals.moves.length === 0 && (
          <tr>
            <td colSpan={4}>{t('preview.compare.totals.noMoves')}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
