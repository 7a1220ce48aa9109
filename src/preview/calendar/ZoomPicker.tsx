/** The calendar's columns: cast dates, weeks or months (a radio group: arrows move the choice). */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Zoom } from '../../simulation/derive/periods';

const ZOOMS: Zoom[] = ['day', 'week', 'month'];

export function ZoomPicker({ zoom, onChange }: { zoom: Zoom; onChange(zoom: Zoom): void }) {
  const { t } = useTranslation();
  const group = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const step =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? -1
          : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = ZOOMS[(ZOOMS.indexOf(zoom) + step + ZOOMS.length) % ZOOMS.length]!;
    onChange(next);
    group.current?.querySelector<HTMLElement>(`[data-zoom="${next}"]`)?.focus();
  };
  return (
    <div
      className="segmented"
      role="radiogroup"
      aria-label={t('preview.calendar.zoom.label')}
      ref={group}
      onKeyDown={onKeyDown}
    >
      {ZOOMS.map((z) => (
        <button
          key={z}
          type="button"
          role="radio"
          data-zoom={z}
          aria-checked={zoom === z}
          tabIndex={zoom === z ? 0 : -1}
          className="segmented__option"
          onClick={() => onChange(z)}
        >
          {t(`preview.calendar.zoom.${z}`)}
        </button>
      ))}
    </div>
  );
}
