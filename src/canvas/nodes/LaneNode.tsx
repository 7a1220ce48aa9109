/**
 * A stream as a lane: grip to move it, name, cadence in words, next cast (from today); cards sit
 * inside. With a preview, its people at the cursor date and the cursor's next cast sit in its foot.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneNode as LaneNodeType } from '../toFlow';
import { dayOf, isoOfDay, nextCasts } from '../../engine';
import { useToday } from '../../ui/today';
import { Name } from '../../ui/Name';
import { cadenceText } from '../../wording/cadence';
import { formatDate } from '../../wording/dates';
import { LanePreview } from '../overlay/LanePreview';
import { LaneTokens } from '../overlay/LaneTokens';

export const LaneNode = memo(function LaneNode({ data, selected }: NodeProps<LaneNodeType>) {
  const { t, i18n } = useTranslation();
  const { stream } = data;
  const name = stream.name ?? stream.id;
  const today = useToday();
  const [next] = nextCasts(stream.cadence, dayOf(today), 1);
  const cadence = cadenceText(t, i18n.language, stream.cadence);
  const empty = (stream.content ?? []).length === 0;
  return (
    <div className={`lane${selected ? ' lane--selected' : ''}`} data-testid={`lane-${stream.id}`}>
      <Handle
        type="target"
        position={Position.Top}
        className="lane__handle"
        title={t('lane.ruleTarget', { name })}
      />
      {/* Not a <header>: that would be a banner landmark inside the canvas region. */}
      <div className="lane__header">
        <div
          className="lane__grip"
          aria-label={t('lane.grip', { name })}
          title={t('lane.grip', { name })}
        >
          <Name className="lane__name">{name}</Name>
          <span className="lane__id">{stream.id}</span>
        </div>
        <p className="lane__cadence" title={cadence}>
          {cadence}
        </p>
        <p className="lane__next">
          {next !== undefined
            ? t('lane.nextCast', { date: formatDate(i18n.language, isoOfDay(next)) })
            : t('lane.noNextCast')}
        </p>
      </div>
      {empty && <p className="lane__empty">{t('lane.empty')}</p>}
      {!empty && <LaneTokens stream={stream.id} />}
      <LanePreview stream={stream.id} empty={empty} />
      {/* Level with the lane's name: rules leave near the top and run above the lanes between. */}
      <Handle
        type="source"
        position={Position.Right}
        className="lane__handle lane__handle--source"
        title={t('lane.drawRule', { name })}
      />
    </div>
  );
});
