/** A transition rule: an arrow into its destination lane, labelled with what fires it (R47). */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowEdge } from '../toFlow';
import { batchLabel, ruleSummary } from '../../wording/rules';
import { useNames } from '../../wording/useNames';

/** Labels sit like tags just above the destination lane, stacked when several rules pull into it. */
function tagPosition(targetX: number, targetY: number, slot: number) {
  return { labelX: targetX, labelY: targetY - 20 - slot * 26 };
}

export const RuleEdge = memo(function RuleEdge(props: EdgeProps<FlowEdge>) {
  const { t } = useTranslation();
  const names = useNames();
  const [path] = getBezierPath(props);
  const data = props.data;
  const label = data?.kind === 'rule' ? ruleSummary(t, data.rule, names) : '';
  const { labelX, labelY } = tagPosition(props.targetX, props.targetY, data?.slot ?? 0);
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
  const names = useNames();
  const [path] = getBezierPath(props);
  const data = props.data;
  const { labelX, labelY } = tagPosition(props.targetX, props.targetY, data?.slot ?? 0);
  const time = data?.kind === 'batch' ? (data.batch.time ?? '07:00') : '';
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} className="edge--batch" />
      <EdgeLabelRenderer>
        <div
          className="edge-label edge-label--batch"
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          {data?.kind === 'batch' ? batchLabel(t, data.batch, time, names) : ''}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
