/** The list of keyboard shortcuts, opened with ? or the toolbar button. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESENTER_KEYS } from './playback/presenterKeys';

/** In the order a user meets them; each key's name and description are in the locale files. */
const SHORTCUTS = [
  'undo',
  'redo',
  'copy',
  'paste',
  'delete',
  'multiSelect',
  'placeCopy',
  'select',
  'canvasMove',
  'moveCard',
  'moveCardLane',
  'canvasZoom',
  'addFromPalette',
  'help',
] as const;

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  // Focus moves into the dialog, and back to where it was (the Shortcuts button) when it closes.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div
      className="shortcuts"
      role="dialog"
      aria-modal="true"
      aria-labelledby="shortcuts-title"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="shortcuts__panel">
        <h2 id="shortcuts-title">{t('editor.shortcuts.title')}</h2>
        <dl>
          {SHORTCUTS.map((what) => (
            <div key={what} className="shortcuts__row">
              <dt>
                <kbd>{t(`editor.shortcuts.keys.${what}`)}</kbd>
              </dt>
              <dd>{t(`editor.shortcuts.${what}`)}</dd>
            </div>
          ))}
        </dl>
        <h3 className="shortcuts__section">{t('editor.shortcuts.presenterTitle')}</h3>
        <dl>
          {PRESENTER_KEYS.map((what) => (
            <div key={what} className="shortcuts__row">
              <dt>
                <kbd>{t(`editor.shortcuts.keys.presenter.${what}`)}</kbd>
              </dt>
              <dd>{t(`editor.shortcuts.presenter.${what}`)}</dd>
            </div>
          ))}
        </dl>
        <button ref={close} type="button" onClick={onClose}>
          {t('editor.shortcuts.close')}
        </button>
      </div>
    </div>
  );
}
