/** The preview's views as tabs (the ARIA tabs pattern: arrows move, Home/End jump). */
import { useTranslation } from 'react-i18next';
import type { KeyboardEvent } from 'react';
import type { PreviewView } from '../simulation/previewStore';
import { previewStore, usePreview } from '../store/usePreview';
import { panelId, tabId } from './tabIds';

export function PreviewTabs({ views }: { views: readonly PreviewView[] }) {
  const { t } = useTranslation();
  const view = usePreview((s) => s.view);
  const move = (event: KeyboardEvent, index: number) => {
    const last = views.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % views.length
        : event.key === 'ArrowLeft'
          ? (index + last) % views.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    const target = views[next]!;
    previewStore.getState().showView(target);
    document.getElementById(tabId(target))?.focus();
  };
  return (
    <div className="preview-tabs" role="tablist" aria-label={t('preview.tabs.label')}>
      {views.map((v, i) => (
        <button
          key={v}
          id={tabId(v)}
          type="button"
          role="tab"
          className="preview-tabs__tab"
          aria-selected={view === v}
          aria-controls={panelId(v)}
          tabIndex={view === v ? 0 : -1}
          onClick={() => previewStore.getState().showView(v)}
          onKeyDown={(e) => move(e, i)}
        >
          {t(`preview.tabs.${v}`)}
        </button>
      ))}
    </div>
  );
}
