/**
 * What the canvas says to screen readers, in the app's language: React Flow's own words (its
 * controls, mini map, keyboard hints and the announcement when a node moves), and a name for
 * every edge ("Transition rule into Late from Early: fills out form F-demo").
 */
import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';
import type { Names } from '../wording/names';
import { ruleSummary } from '../wording/rules';
import { ENTRY_ID, JOIN_HANDLE, type FlowEdge } from './toFlow';

export function flowAriaLabels(t: TFunction): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('canvas.flow.nodeHint'),
    'node.a11yDescription.keyboardDisabled': t('canvas.flow.nodeHintMove'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('canvas.flow.moved', {
        direction: t(`canvas.flow.direction.${direction as 'up'}`, { defaultValue: direction }),
        x,
        y,
      }),
    'edge.a11yDescription.default': t('canvas.flow.edgeHint'),
    'controls.ariaLabel': t('canvas.controls.label'),
    'controls.zoomIn.ariaLabel': t('canvas.controls.zoomIn'),
    'controls.zoomOut.ariaLabel': t('canvas.controls.zoomOut'),
    'controls.fitView.ariaLabel': t('canvas.controls.fitView'),
    'controls.interactive.ariaLabel': t('canvas.controls.interactive'),
    'minimap.ariaLabel': t('canvas.minimap.label'),
    'handle.ariaLabel': t('canvas.flow.handle'),
  };
}

const laneOf = (nodeId: string) => nodeId.replace(/^lane:/, '');

/** The accessible name of an edge: what it is, where it goes from and to, and its label. */
export function edgeName(edge: FlowEdge, t: TFunction, names: Names): string {
  const data = edge.data;
  const to = names.stream(laneOf(edge.target));
  const from = edge.source === ENTRY_ID ? null : names.stream(laneOf(edge.source));
  if (data?.kind === 'join') return t('canvas.edge.join', { to });
  if (data?.kind === 'batch') {
    const summary = t('rule.batch', { time: data.batch.time ?? '07:00' });
    return from === null
      ? t('canvas.edge.batchAny', { to, summary })
      : t('canvas.edge.batch', { from, to, summary });
  }
  if (data?.kind !== 'rule') return '';
  const summary = ruleSummary(t, data.rule, names);
  if (from !== null) return t('canvas.edge.rule', { from, to, summary });
  return edge.sourceHandle === JOIN_HANDLE
    ? t('canvas.edge.ruleJoin', { to, summary })
    : t('canvas.edge.ruleAny', { to, summary });
}

/** The edges with their names and a role description in the reader's language. */
export function withEdgeNames(edges: readonly FlowEdge[], t: TFunction, names: Names): FlowEdge[] {
  const role = t('canvas.edge.role');
  return edges.map((edge) => ({
    ...edge,
    ariaLabel: edgeName(edge, t, names),
    domAttributes: { 'aria-roledescription': role },
  }));
}
