/**
 * The simulated period and seed, summed up in one button ("1 Mar – 31 May 2025 · seed 5") that
 * opens the fields; Escape or the button closes them again, and focus returns to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediumDate, shortDate } from '../simulation/derive/dates';
import {
  SimulationSettingsFields,
  type SimulationSettingsFieldsProps,
} from './SimulationSettingsFields';
import { usePreview } from '../store/usePreview';

export function SettingsDisclosure(props: Omit<SimulationSettingsFieldsProps, 'effective'>) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const frame = usePreview((s) => s.result?.frame ?? null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  const seed = props.settings?.seed ?? 0;
  const summary = frame
    ? t('preview.settings.summary', {
        from: shortDate(i18n.language, frame.fromDay),
        until: mediumDate(i18n.language, frame.untilDay),
        seed,
      })
    : t('preview.settings.label');
  const effective = frame
    ? {
        from: new Date(frame.fromDay * 86_400_000).toISOString().slice(0, 10),
        until: new Date(frame.untilDay * 86_400_000).toISOString().slice(0, 10),
      }
    : null;
  return (
    <div className="settings-disclosure">
      <button
        ref={button}
        type="button"
        className="settings-disclosure__button"
        aria-expanded={open}
        aria-controls={id}
        title={t('preview.settings.label')}
        onClick={() => setOpen(!open)}
      >
        {summary} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <div id={id} className="settings-disclosure__panel">
          <SimulationSettingsFields {...props} effective={effective} />
        </div>
      )}
    </div>
  );
}
