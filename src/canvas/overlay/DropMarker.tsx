/**
 * Where a drag will land, drawn in the flow during the drag: for a card, its destination lane
 * outlined and a line between the two cards it will sit between, tagged with its priority (and
 * "copy" when Alt or Ctrl places a copy); for a stream, the outline of the new lane.
 */
import { ViewportPortal } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Rect } from '../../document/layout/rect';
import type { CanvasMarker } from '../dnd/targets';

const boxStyle = (box: Rect) => ({
  transform: `translate(${box.x}px, ${box.y}px)`,
  width: box.width,
  height: box.height,
});

export function DropMarker({ marker }: { marker: CanvasMarker | null }) {
  const { t } = useTranslation();
  if (marker === null) return null;
  if (marker.kind === 'lane')
    return (
      <ViewportPortal>
        <div className="drop-lane" style={boxStyle(marker.box)} data-testid="drop-lane" />
      </ViewportPortal>
    );
  const { lane, line, index } = marker.marker;
  const priority = t('canvas.drop.priority', { n: index + 1 });
  return (
    <ViewportPortal>
      <div className="drop-target" style={boxStyle(lane)} />
      <div className="drop-line" style={boxStyle(line)} data-testid="drop-marker">
        <span className="drop-line__tag">
          {marker.copy ? t('canvas.drop.copy', { priority }) : priority}
        </span>
      </div>
    </ViewportPortal>
  );
}
