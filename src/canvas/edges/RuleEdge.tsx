/** A transition rule: an arrow into its destination lane, labelled with what fires it (R47). */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowEdge } from '../toFlow';
import { ruleSummary } from '../wording';
import { useNames } from '../useNames';

export const RuleEdge = memo(function RuleEdge(props: EdgeProps<FlowEdge>) {
  const { t } = useTranslation();
  const names = useNames();
  const [path, labelX, labelY] = getBezierPath(props);
  const data = props.data;
  const label = data?.kind === 'rule' ? ruleSummary(t, data.rule, names) : '';
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        className={props.selected ? 'edge--selected' : ''}
      />
      <EdgeLabelRenderer>
        <div
          className="edge-label"
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          {label}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});

export const BatchEdge = memo(function BatchEdge(props: EdgeProps<FlowEdge>) {
  const { t } = useTranslation();
  const [path, labelX, labelY] = getBezierPath(props);
  const data = props.data;
  const time = data?.kind === 'batch' ? (data.batch.time ?? '07:00') : '';
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} className="edge--batch" />
      <EdgeLabelRenderer>
        <div
          className="edge-label edge-label--batch"
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          {t('rule.batch', { time })}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
