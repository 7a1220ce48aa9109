/**
 * The edges: a transition rule, an arrow into its destination lane labelled with what fires it
 * (R47); a batch move, dashed (R41); and the dotted arrow from the program entry to the first
 * stream, where people added to the program join. Edges are drawn above lanes and cards (EDGE_Z)
 * and can be clicked along their whole length. A label shows the start of its text; hovering it
 * or selecting the edge shows all of it, and the edge's accessible name says it in full.
 */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Selected } from '../../document/selected';
import { editorStore } from '../../store/useEditor';
import { batchLabel, ruleSummary } from '../../wording/rules';
import { useNames } from '../../wording/useNames';
import { keyOfSelected } from '../selection';
import { ANY_HANDLE, ENTRY_ID, JOIN_HANDLE, type FlowEdge } from '../toFlow';
import { EdgeTravel } from './EdgeTravel';

/** The invisible band around an edge's line that takes clicks. */
const INTERACTION_WIDTH = 16;

/** Labels sit like tags just above the destination lane, stacked when several edges come in. */
function tagPosition(targetX: number, targetY: number, slot: number) {
  return { labelX: targetX, labelY: targetY - 20 - slot * 26 };
}

/**
 * Where the people moving along an edge come from: a lane's stream, any stream (a rule from the
 * entry's "any stream" handle), or joining the program (-1).
 */
function travelFrom(edge: EdgeProps<FlowEdge>): string | -1 | 'any' {
  if (edge.source !== ENTRY_ID) return edge.source.replace(/^lane:/, '');
  if (edge.data?.kind === 'join' || edge.sourceHandleId === JOIN_HANDLE) return -1;
  return edge.sourceHandleId === ANY_HANDLE ? 'any' : -1;
}

/** The stream an edge leads into. */
function travelTo(edge: EdgeProps<FlowEdge>): string {
  return edge.target.replace(/^lane:/, '');
}

/** A click on a label selects its edge, as a click on the line does (Shift adds to the selection). */
function selectFromLabel(event: MouseEvent, selected: Selected) {
  const { selection, select } = editorStore.getState();
  const key = keyOfSelected(selected);
  if (!event.shiftKey) return select([selected]);
  const others = selection.filter((s) => keyOfSelected(s) !== key);
  select(others.length === selection.length ? [...selection, selected] : others);
}

interface LabelledEdgeProps {
  edge: EdgeProps<FlowEdge>;
  text: string;
  className: string;
  labelClass: string;
  selects?: Selected;
}

function LabelledEdge({ edge, text, className, labelClass, selects }: LabelledEdgeProps) {
  const [path] = getBezierPath(edge);
  const { labelX, labelY } = tagPosition(edge.targetX, edge.targetY, edge.data?.slot ?? 0);
  const selected = edge.selected ? ' edge-label--selected' : '';
  return (
    <>
      <BaseEdge
        id={edge.id}
        path={path}
        markerEnd={edge.markerEnd}
        className={`${className}${edge.selected ? ' edge--selected' : ''}`}
        interactionWidth={INTERACTION_WIDTH}
      />
      <EdgeTravel path={path} from={travelFrom(edge)} to={travelTo(edge)} />
      <EdgeLabelRenderer>
        {/* The edge's accessible name already says all of this; the tag is for the eyes. */}
        <div
          className={`edge-label ${labelClass}${selected}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={text}
          aria-hidden="true"
          data-testid={`edge-label-${edge.id}`}
          onClick={selects ? (event) => selectFromLabel(event, selects) : undefined}
        >
          {text}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const RuleEdge = memo(function RuleEdge(props: EdgeProps<FlowEdge>) {
  const { t } = useTranslation();
  const names = useNames();
  const data = props.data;
  if (data?.kind !== 'rule') return null;
  return (
    <LabelledEdge
      edge={props}
      text={ruleSummary(t, data.rule, names)}
      className="edge--rule"
      labelClass="edge-label--rule"
      selects={{ kind: 'rule', stream: data.stream, id: data.rule.id }}
    />
  );
});

export const BatchEdge = memo(function BatchEdge(props: EdgeProps<FlowEdge>) {
  const { t } = useTranslation();
  const names = useNames();
  const data = props.data;
  if (data?.kind !== 'batch') return null;
  return (
    <LabelledEdge
      edge={props}
      text={batchLabel(t, data.batch, data.batch.time ?? '07:00', names)}
      className="edge--batch"
      labelClass="edge-label--batch"
      selects={{ kind: 'batch', id: data.batch.id }}
    />
  );
});

export const JoinEdge = memo(function JoinEdge(props: EdgeProps<FlowEdge>) {
  const { t } = useTranslation();
  return (
    <LabelledEdge
      edge={props}
      text={t('entry.joins')}
      className="edge--join"
      labelClass="edge-label--join"
    />
  );
});
