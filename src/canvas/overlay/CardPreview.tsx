/**
 * How many people a card reached by the preview's cursor date (emails sent, program runs), and
 * how many received it at the cursor's cast ("3 now"); "?" while the quiz hides the outcome.
 */
import { useTranslation } from 'react-i18next';
import { usePreview } from '../../store/usePreview';
import { contentIndexOf } from '../../simulation/derive/canvasCounts';
import type { CardCast } from './useCardCast';
import { useLaneCounts } from './useLaneCounts';

export function CardPreview({
  stream,
  item,
  email,
  cast,
}: {
  stream: string;
  item: string;
  email: boolean;
  cast: CardCast | null;
}) {
  const { t } = useTranslation();
  const lane = useLaneCounts(stream);
  const result = usePreview((s) => s.result);
  if (lane === null || result === null) return null;
  if (cast?.hidden)
    return (
      <span className="card__preview card__preview--hidden" title={t('card.preview.hidden')}>
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('card.preview.hidden')}</span>
      </span>
    );
  const content = contentIndexOf(result, item);
  const count = content < 0 ? 0 : (lane.counts.delivered.get(content) ?? 0);
  return (
    <span className={`card__preview${lane.stale ? ' card__preview--stale' : ''}`}>
      {t(email ? 'card.preview.sent' : 'card.preview.ran', { count })}
      {cast !== null && cast.received > 0 && (
        <strong className="visually-hidden">
          {t('card.preview.now', { count: cast.received })}
        </strong>
      )}
    </span>
  );
}
