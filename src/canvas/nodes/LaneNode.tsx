/**
 * A stream as a lane: grip to move it, name, cadence in words, next cast; cards sit inside. With a
 * preview, its members at the cursor date sit in the lane's foot and the next cast follows the cursor.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneNode as LaneNodeType } from '../toFlow';
import { dayOf, isoOfDay, nextCasts } from '../../engine';
import { useToday } from '../../ui/today';
import { cadenceText } from '../../wording/cadence';
import { formatDate } from '../../wording/dates';
import { LanePreview } from '../overlay/LanePreview';
import { useLaneCounts } from '../overlay/useLaneCounts';

export const LaneNode = memo(function LaneNode({ data, selected }: NodeProps<LaneNodeType>) {
  const { t, i18n } = useTranslation();
  const { stream } = data;
  const name = stream.name ?? stream.id;
  const today = useToday();
  const [next] = nextCasts(stream.cadence, dayOf(today), 1);
  // With a preview, the next cast is the one after the shared cursor date, highlighted.
  const preview = useLaneCounts(stream.id);
  const empty = (stream.content ?? []).length === 0;
  return (
    <div className={`lane${selected ? ' lane--selected' : ''}`} data-testid={`lane-${stream.id}`}>
      <Handle type="target" position={Position.Top} className="lane__handle" />
      <header className="lane__header">
        <div
          className="lane__grip"
          aria-label={t('lane.grip', { name })}
          title={t('lane.grip', { name })}
        >
          <span className="lane__name">{name}</span>
          <span className="lane__id">{stream.id}</span>
        </div>
        <p className="lane__cadence">{cadenceText(t, i18n.language, stream.cadence)}</p>
        {preview ? (
          <p className="lane__next lane__next--preview" title={t('lane.preview.nextTitle')}>
            {preview.counts.nextCastDay !== null
              ? t('lane.nextCast', {
                  date: formatDate(i18n.language, isoOfDay(preview.counts.nextCastDay)),
                })
              : t('lane.noNextCast')}
          </p>
        ) : (
          <p className="lane__next">
            {next !== undefined
              ? t('lane.nextCast', { date: formatDate(i18n.language, isoOfDay(next)) })
              : t('lane.noNextCast')}
          </p>
        )}
      </header>
      {empty && <p className="lane__empty">{t('lane.empty')}</p>}
      <LanePreview stream={stream.id} />
      <Handle type="source" position={Position.Right} className="lane__handle" />
    </div>
  );
});
