/** How many people a card reached by the preview's cursor date (emails sent, program runs). */
import { useTranslation } from 'react-i18next';
import { usePreview } from '../../store/usePreview';
import { contentIndexOf } from '../../simulation/derive/canvasCounts';
import { useLaneCounts } from './useLaneCounts';

export function CardPreview({
  stream,
  item,
  email,
}: {
  stream: string;
  item: string;
  email: boolean;
}) {
  const { t } = useTranslation();
  const lane = useLaneCounts(stream);
  const result = usePreview((s) => s.result);
  if (lane === null || result === null) return null;
  const content = contentIndexOf(result, item);
  const count = content < 0 ? 0 : (lane.counts.delivered.get(content) ?? 0);
  return (
    <span className={`card__preview${lane.stale ? ' card__preview--stale' : ''}`}>
      {t(email ? 'card.preview.sent' : 'card.preview.ran', { count })}
    </span>
  );
}
