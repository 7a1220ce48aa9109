/**
 * The preview, docked under the canvas: tabs for its views, the simulated period and seed, the run's
 * status; resizable by its top bar and collapsible. Everything it shows comes from the preview store.
 */
import './preview.css';
import { useTranslation } from 'react-i18next';
import type { Scenario, SimulationSettings } from '../model';
import { previewStore, usePreview } from '../store/usePreview';
import { PanelResizer } from './PanelResizer';
import { PreviewBody } from './PreviewBody';
import { PreviewTabs } from './PreviewTabs';
import { RunStatus } from './RunStatus';
import { SettingsDisclosure } from './SettingsDisclosure';
import { SHOWN_VIEWS } from './views';
import { StreamFilterChip } from './StreamFilterChip';
import { CursorControl } from './CursorControl';
import { BookmarksMenu } from './bookmarks/BookmarksMenu';

export interface PreviewPanelProps {
  doc: Scenario;
  onSettings(settings: SimulationSettings): void;
  onAddAudience(): void;
}

export function PreviewPanel({ doc, onSettings, onAddAudience }: PreviewPanelProps) {
  const { t } = useTranslation();
  const open = usePreview((s) => s.open);
  const height = usePreview((s) => s.height);
  const view = usePreview((s) => s.view);
  const maximized = usePreview((s) => s.maximized);
  const max = Math.max(240, Math.round(window.innerHeight * 0.75));
  const style = open && !maximized ? { height: Math.min(height, max) } : undefined;
  return (
    <section
      className={`preview${open ? '' : ' preview--closed'}${open && maximized ? ' preview--maximized' : ''}`}
      aria-label={t('preview.label')}
      style={style}
    >
      <PanelResizer max={max} />
      <header className="preview__head">
        <button
          type="button"
          className="preview__toggle"
          aria-expanded={open}
          aria-label={open ? t('preview.collapse') : t('preview.expand')}
          title={open ? t('preview.collapse') : t('preview.expand')}
          onClick={() => previewStore.getState().setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>{' '}
          {/* Open, the tabs say what this is: the title's room goes to them (nine in French). */}
          <span className={open ? 'visually-hidden' : undefined}>{t('preview.label')}</span>
        </button>
        {open ? <PreviewTabs views={SHOWN_VIEWS} /> : <RunStatus />}
        {open && (
          <button
            type="button"
            className="preview__maximize"
            aria-pressed={maximized}
            title={t('preview.maximize')}
            aria-label={t('preview.maximize')}
            onClick={() => previewStore.getState().setMaximized(!maximized)}
          >
            <span aria-hidden="true">{maximized ? '⤓' : '⤒'}</span>
          </button>
        )}
      </header>
      {open && (
        <div className="preview__context">
          <CursorControl />
          <BookmarksMenu />
          <StreamFilterChip />
          <RunStatus />
          <SettingsDisclosure settings={doc.simulation} onChange={onSettings} />
        </div>
      )}
      {open && <PreviewBody doc={doc} view={view} onAddAudience={onAddAudience} />}
    </section>
  );
}
