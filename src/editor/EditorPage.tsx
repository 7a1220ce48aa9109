/** The editor: toolbar, palette and canvas for one program, kept saved by the session. */
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../canvas/canvas.css';
import './editor.css';
import { useCallback, useRef, useState } from 'react';
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
import { InspectorSlotsContext, type InspectorSlots } from '../panels/inspectorSlots';
import { TestStream } from '../preview/testStream/TestStream';
import { BookmarkPortContext } from '../preview/bookmarks/bookmarkPort';
import { useBookmarkPort } from './bookmarkPort';
import { useEditorSession } from './useEditorSession';
import { ShareDialog } from '../share/ShareDialog';
import { useEditorShortcuts } from './useEditorShortcuts';
import { usePreviewSession } from './usePreviewSession';
import type { PrintPage } from './ShareExportMenu';
import { PrintPages } from './PrintPages';
import { useCompareSession } from './useCompareSession';
import { useInFlightSession } from './useInFlightSession';
import { InFlightNotice } from './InFlightNotice';
import { CompareSourceContext } from '../preview/compare/compareSource';
import { PreviewPanel } from '../preview/PreviewPanel';
import { PreviewServicesContext } from '../preview/previewServices';
import { addDefaultAudience, updateSimulation } from '../document/actions/audience';
import { todayIso } from '../ui/today';
import type { SimulationSettings } from '../model';
import { PresenterHint } from './playback/PresenterHint';
import { TimeBar } from './playback/TimeBar';
import { useFollowedPerson } from './playback/useFollowedPerson';
import { usePresenter } from './playback/usePresenter';

const selectNotices = (s: {
  refusal: string | null;
  saveState: string;
  saveError: string | null;
  saveErrorKind: string | null;
}) => s;

/** Storage kinds whose own message fits a program that could not be opened. */
const OPEN_ERROR_KINDS = new Set(['newer', 'blocked', 'unavailable']);
/** What the inspector shows from other parts of the page: the test stream reads the preview's wording. */
const INSPECTOR_SLOTS: InspectorSlots = { testStream: TestStream };

export function EditorPage({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const services = useServices();
  const session = useEditorSession(programId, services);
  const preview = usePreviewSession(programId, services);
  const bookmarks = useBookmarkPort(programId);
  const compare = useCompareSession(programId, services, preview);
  const inFlight = useInFlightSession(preview);
  const doc = useEditor((s) => s.doc);
  const { status } = session;
  const [help, setHelp] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const presenting = usePresenter(root);
  useFollowedPerson(preview);
  const [sharing, setSharing] = useState(false);
  const [printing, setPrinting] = useState<PrintPage | null>(null);
  // What the last export left out (rules without a trigger), or why an image could not be made,
  // shown while the document is the same.
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
  const noteNow = (note: string | null) => setExported({ doc: editorStore.getState().doc, note });
  // The provider holds the whole page: the toolbar's menu draws the canvas as an image.
  return (
    <ReactFlowProvider>
      <div ref={root} className={`editor${presenting.presenter ? ' editor--presenter' : ''}`}>
        {presenting.presenter && <PresenterHint refused={presenting.refused} />}
        {/* A landmark of its own: every part of the page sits in one (the notices are live regions). */}
        <section className="editor__top" aria-label={t('editor.controls')}>
          <EditorToolbar
            onHelp={toggleHelp}
            onExport={exportNow}
            onShare={() => setSharing(true)}
            onPrint={setPrinting}
            onNote={noteNow}
          />
        </section>
        {help && <ShortcutsHelp onClose={toggleHelp} />}
        {printing && doc && (
          <PrintPages page={printing} doc={doc} onClose={() => setPrinting(null)} />
        )}
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
            <FlowCanvas
              initialViewport={session.viewport}
              onViewportChange={session.viewportChanged}
              readOnly={presenting.presenter}
            />
            <TimeBar onPresent={presenting.toggle} />
            {doc && (
              <PreviewServicesContext.Provider value={preview}>
                <BookmarkPortContext.Provider value={bookmarks}>
                  <CompareSourceContext.Provider value={compare}>
                    <PreviewPanel
                      doc={doc}
                      onSettings={changeSettings}
                      onAddAudience={addAudience}
                    />
                  </CompareSourceContext.Provider>
                </BookmarkPortContext.Provider>
              </PreviewServicesContext.Provider>
            )}
          </main>
          <InspectorSlotsContext.Provider value={INSPECTOR_SLOTS}>
            <Inspector />
          </InspectorSlotsContext.Provider>
        </div>
        <ProblemsPanel />
      </div>
    </ReactFlowProvider>
  );
}

function changeSettings(settings: SimulationSettings) {
  editorStore.getState().apply(updateSimulation, { settings });
}

function addAudience() {
  editorStore.getState().apply(addDefaultAudience, { today: todayIso() });
}
