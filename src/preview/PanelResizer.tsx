/**
 * The bar between canvas and preview: drag it to resize, or focus it and use the arrow keys (the
 * ARIA window-splitter pattern); Enter collapses and expands.
 */
import { useTranslation } from 'react-i18next';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANEL_MIN } from '../simulation/previewStore';
import { previewStore, usePreview } from '../store/usePreview';

const STEP = 40;

export function PanelResizer({ max }: { max: number }) {
  const { t } = useTranslation();
  const height = usePreview((s) => s.height);
  const open = usePreview((s) => s.open);
  const drag = useRef<{ y: number; height: number } | null>(null);
  const set = (h: number) => previewStore.getState().setHeight(Math.min(max, h));

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, height };
  };
  const onPointerMove = (e: PointerEvent) => {
    if (drag.current) set(drag.current.height + drag.current.y - e.clientY);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, number> = {
      ArrowUp: height + STEP,
      ArrowDown: height - STEP,
      Home: max,
      End: PANEL_MIN,
    };
    if (e.key === 'Enter') previewStore.getState().setOpen(!open);
    else if (keys[e.key] !== undefined) set(keys[e.key]!);
    else return;
    e.preventDefault();
  };
  return (
    <div
      className="preview-resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('preview.resize')}
      aria-valuemin={PANEL_MIN}
      aria-valuemax={max}
      aria-valuenow={open ? height : PANEL_MIN}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onKeyDown={onKeyDown}
    />
  );
}
