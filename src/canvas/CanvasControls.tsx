/**
 * The canvas's floating controls: zoom in and out, fit the program into view (never magnified
 * past 100 %), and a button showing or hiding the mini map. The mini map starts hidden: on a
 * laptop screen it would cover lanes. Labels come from the flow's aria-label config (a11y.ts).
 */
import { ControlButton, Controls, MiniMap, type FitViewOptions } from '@xyflow/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Room kept on each side when fitting the view: the controls stand on the left. */
const fitView = (right: number): FitViewOptions => ({
  maxZoom: 1,
  padding: { top: '24px', bottom: '24px', left: '72px', right: `${right}px` },
});
const FIT_VIEW = fitView(24);
const FIT_VIEW_WITH_MAP = fitView(184);

export function CanvasControls() {
  const { t } = useTranslation();
  const [map, setMap] = useState(false);
  const label = t(map ? 'canvas.minimap.hide' : 'canvas.minimap.show');
  return (
    <>
      <Controls showInteractive={false} fitViewOptions={map ? FIT_VIEW_WITH_MAP : FIT_VIEW}>
        <ControlButton
          onClick={() => setMap((shown) => !shown)}
          aria-pressed={map}
          aria-label={t('canvas.minimap.toggle')}
          title={label}
          className="canvas__map-toggle"
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M1 3l4.5-1.5 5 1.5L15 1.5v11.5l-4.5 1.5-5-1.5L1 14.5z M5.5 1.5v11.5 M10.5 3v11.5" />
          </svg>
        </ControlButton>
      </Controls>
      {map && (
        <MiniMap
          pannable
          zoomable
          position="bottom-right"
          style={{ width: 140, height: 90 }}
          nodeStrokeWidth={2}
        />
      )}
    </>
  );
}
