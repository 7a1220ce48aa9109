/** The editor: toolbar, palette and canvas for one program, kept saved by the session. */
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../canvas/canvas.css';
import './editor.css';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/servicesContext';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { editorStore, useEditor } from '../store/useEditor';
import { exportDocument } from './exportDocument';
import { EditorToolbar } from './EditorToolbar';
import { Palette } from './Palette';
import { RecoveryNotice } from './RecoveryNotice';
import { ShortcutsHelp } from './ShortcutsHelp';
import { errorMessage } from '../ui/errorMessage';
import { ProblemsPanel } from '../panels/problems/ProblemsPanel';
import { Inspector } from '../panels/Inspector';
import { useEditorSession } from './useEditorSession';
import { ShareDialog } from '../share/ShareDialog';
import { useEditorShortcuts } from './useEditorShortcuts';
import { usePreviewSession } from './usePreviewSession';
import { useCompareSession } from './useCompareSession';
import { useInFlightSession } from './useInFlightSession';
import { InFlightNotice } from './InFlightNotice';
import { CompareSourceContext } from '../preview/compare/compareSource';
import { PreviewPanel } from '../preview/PreviewPanel';
import { PreviewServicesContext } from '../preview/previewServices';
import { addDefaultAudience, updateSimulation } from '../document/actions/audience';
import { todayIso } from '../ui/today';
import type { SimulationSettings } from '../model';

const selectNotices = (s: {
  refusal: string | null;
  saveState: string;
  saveError: string | null;
  saveErrorKind: string | null;
}) => s;

/** Storage kinds whose own message fits a program that could not be opened. */
const OPEN_ERROR_KINDS = new Set(['newer', 'blocked', 'unavailable']);

export function EditorPage({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const services = useServices();
  const session = useEditorSession(programId, services);
  const preview = usePreviewSession(programId, services);
  const compare = useCompareSession(programId, services, preview);
  const inFlight = useInFlightSession(preview);
  const doc = useEditor((s) => s.doc);
  const { status } = session;
  const [help, setHelp] = useState(false);
  const [sharing, setSharing] = useState(false);
  // What the last export left out (rules without a trigger), shown while the document is the same.
  const [exported, setExported] = useState<{ doc: unknown; note: string | null } | null>(null);
  const exportNow = () => {
    const current = editorStore.getState().doc;
    if (current) setExported({ doc: current, note: exportDocument(t, current) });
  };
  const exportNote = exported?.doc === doc ? exported.note : null;
  const toggleHelp = useCallback(() => setHelp((open) => !open), []);
  useEditorShortcuts(toggleHelp);
  const { refusal, saveState, saveError, saveErrorKind } = useEditor(selectNotices);
  if (status === 'loading') return <p className="editor__message">{t('editor.loading')}</p>;
  if (status === 'missing') return <p className="editor__message">{t('editor.notFound')}</p>;
  if (status === 'failed') {
    const kind = (session.error as { kind?: unknown } | null)?.kind;
    return (
      <p className="editor__message" role="alert">
        {OPEN_ERROR_KINDS.has(String(kind))
          ? errorMessage(t, session.error)
          : t('editor.loadFailed')}
      </p>
    );
  }
  return (
    <div className="editor">
      {/* A landmark of its own: every part of the page sits in one (the notices are live regions). */}
      <section className="editor__top" aria-label={t('editor.controls')}>
        <EditorToolbar onHelp={toggleHelp} onExport={exportNow} onShare={() => setSharing(true)} />
      </section>
      {help && <ShortcutsHelp onClose={toggleHelp} />}
      {sharing && doc && (
        <ShareDialog
          doc={doc}
          onExport={() => {
            setSharing(false); // the export's own note (rules left out) shows under the toolbar
            exportNow();
          }}
          onClose={() => setSharing(false)}
        />
      )}
      {saveState === 'conflict' && (
        <div className="notice notice--warning" role="alert">
          {t('editor.conflict')}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {t('editor.reload')}
          </button>
        </div>
      )}
      {saveState === 'error' && (
        <div className="notice notice--error" role="alert">
          {saveErrorKind === 'newer'
            ? t('editor.newerDatabase')
            : t('editor.storageError', { message: saveError ?? '' })}{' '}
          <button type="button" onClick={exportNow}>
            {t('editor.export')}
          </button>
        </div>
      )}
      <RecoveryNotice recovered={session.recovered} onDismiss={session.dismissRecovered} />
      <p className="notice notice--info" role="status" aria-live="polite">
        {refusal ? t(`editor.refusal.${refusal as 'tooManyStreams'}`) : (exportNote ?? '')}
      </p>
      <div className="editor__body">
        <Palette />
        <main className="editor__middle">
          <InFlightNotice store={inFlight} />
          <ReactFlowProvider>
            <FlowCanvas
              initialViewport={session.viewport}
              onViewportChange={session.viewportChanged}
            />
          </ReactFlowProvider>
          {doc && (
            <PreviewServicesContext.Provider value={preview}>
              <CompareSourceContext.Provider value={compare}>
                <PreviewPanel doc={doc} onSettings={changeSettings} onAddAudience={addAudience} />
              </CompareSourceContext.Provider>
            </PreviewServicesContext.Provider>
          )}
        </main>
        <Inspector />
      </div>
      <ProblemsPanel />
    </div>
  );
}

function changeSettings(settings: SimulationSettings) {
  editorStore.getState().apply(updateSimulation, { settings });
}

function addAudience() {
  editorStore.getState().apply(addDefaultAudience, { today: todayIso() });
}
