/**
 * A content card: its type, name and state (inactive, availability window, R8-R10). The states
 * are chips on the card's first line; one that does not fit is left out whole, never cut in the
 * middle of a word, and all of them show on hover (and are read out) in full.
 */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Name } from '../../ui/Name';
import type { CardNode as CardNodeType } from '../toFlow';
import { useToday } from '../../ui/today';
import { formatDate, formatDateRange } from '../../wording/dates';
import { CardPreview } from '../overlay/CardPreview';
import { TokenGroup } from '../overlay/Tokens';
import { useCardCast } from '../overlay/useCardCast';

export const CardNode = memo(function CardNode({ data, selected }: NodeProps<CardNodeType>) {
  const { t, i18n } = useTranslation();
  const { item } = data;
  const today = useToday();
  const cast = useCardCast(data.stream, item.id);
  // At the cursor's cast, the card that was received lights up and its recipients stand on it.
  const lit = cast !== null && !cast.hidden && cast.received > 0;
  const inactive = item.active === false;
  const over = item.activeThrough != null && item.activeThrough < today;
  const lang = i18n.language;
  const badges: string[] = [];
  if (inactive) badges.push(t('card.inactive'));
  if (over) badges.push(t('card.over', { date: formatDate(lang, item.activeThrough!) }));
  else if (item.activeFrom && item.activeThrough)
    badges.push(formatDateRange(lang, item.activeFrom, item.activeThrough));
  else if (item.activeFrom)
    badges.push(t('card.from', { date: formatDate(lang, item.activeFrom) }));
  else if (item.activeThrough)
    badges.push(t('card.through', { date: formatDate(lang, item.activeThrough) }));
  return (
    <div
      className={`card card--${item.type}${inactive || over ? ' card--off' : ''}${selected ? ' card--selected' : ''}${lit ? ' card--lit' : ''}`}
      data-testid={`card-${data.stream}-${item.id}`}
    >
      <span className="card__meta">
        <span className="card__type">
          {t(item.type === 'email' ? 'card.email' : 'card.program')}
        </span>
        {badges.length > 0 && (
          <span className="card__states" title={badges.join(' · ')}>
            {badges.map((badge) => (
              <span key={badge} className="card__state">
                {badge}
              </span>
            ))}
          </span>
        )}
      </span>
      <span className="card__line">
        <Name className="card__name">{item.name ?? item.id}</Name>
        <CardPreview
          stream={data.stream}
          item={item.id}
          email={item.type === 'email'}
          cast={cast}
        />
      </span>
      {lit && (
        <span className="card__tokens">
          <TokenGroup count={cast.received} kind="card" followed={cast.followed} />
        </span>
      )}
    </div>
  );
});
