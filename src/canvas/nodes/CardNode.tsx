/** A content card: its type, name and state (inactive, availability window, R8-R10). */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Name } from '../../ui/Name';
import type { CardNode as CardNodeType } from '../toFlow';
import { useToday } from '../../ui/today';
import { formatDate } from '../../wording/dates';
import { CardPreview } from '../overlay/CardPreview';

export const CardNode = memo(function CardNode({ data, selected }: NodeProps<CardNodeType>) {
  const { t, i18n } = useTranslation();
  const { item } = data;
  const today = useToday();
  const inactive = item.active === false;
  const over = item.activeThrough != null && item.activeThrough < today;
  const badges: string[] = [];
  if (inactive) badges.push(t('card.inactive'));
  if (over) badges.push(t('card.over', { date: formatDate(i18n.language, item.activeThrough!) }));
  else {
    if (item.activeFrom)
      badges.push(t('card.from', { date: formatDate(i18n.language, item.activeFrom) }));
    if (item.activeThrough)
      badges.push(t('card.through', { date: formatDate(i18n.language, item.activeThrough) }));
  }
  return (
    <div
      className={`card card--${item.type}${inactive || over ? ' card--off' : ''}${selected ? ' card--selected' : ''}`}
      data-testid={`card-${data.stream}-${item.id}`}
    >
      <span className="card__meta">
        <span className="card__type">
          {t(item.type === 'email' ? 'card.email' : 'card.program')}
        </span>
        {badges.length > 0 && <span className="card__state">{badges.join(' · ')}</span>}
      </span>
      <span className="card__line">
        <Name className="card__name">{item.name ?? item.id}</Name>
        <CardPreview stream={data.stream} item={item.id} email={item.type === 'email'} />
      </span>
    </div>
  );
});
