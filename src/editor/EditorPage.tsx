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
import { documentFileName } from '../document/fileName';
import { downloadJson } from '../ui/download';
import { EditorToolbar } from './EditorToolbar';
import { Palette } from './Palette';
import { ShortcutsHelp } from './ShortcutsHelp';
import { ProblemsPanel } from '../panels/problems/ProblemsPanel';
import { Inspector } from '../panels/Inspector';
import { useEditorSession } from './useEditorSession';
import { useEditorShortcuts } from './useEditorShortcuts';
import { usePreviewSession } from './usePreviewSession';
import { PreviewPanel } from '../preview/PreviewPanel';
import { PreviewServicesContext } from '../preview/previewServices';
import { addDefaultAudience, updateSimulation } from '../document/actions/audience';
import { todayIso } from '../ui/today';
import type { SimulationSettings } from '../model';

const selectNotices = (s: {
  refusal: string | null;
  saveState: string;
  saveError: string | null;
}) => s;

export function EditorPage({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const services = useServices();
  const session = useEditorSession(programId, services);
  const preview = usePreviewSession(programId, services);
  const doc = useEditor((s) => s.doc);
  const { status } = session;
  const [help, setHelp] = useState(false);
  const toggleHelp = useCallback(() => setHelp((open) => !open), []);
  useEditorShortcuts(toggleHelp);
  const { refusal, saveState, saveError } = useEditor(selectNotices);
  if (status === 'loading') return <p className="editor__message">{t('editor.loading')}</p>;
  if (status === 'missing') return <p className="editor__message">{t('editor.notFound')}</p>;
  return (
    <div className="editor">
      {/* A landmark of its own: every part of the page sits in one (the notices are live regions). */}
      <section className="editor__top" aria-label={t('editor.controls')}>
        <EditorToolbar onHelp={toggleHelp} />
      </section>
      {help && <ShortcutsHelp onClose={toggleHelp} />}
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
          {t('editor.storageError', { message: saveError ?? '' })} <ExportNow />
        </div>
      )}
      <p className="notice notice--info" role="status" aria-live="polite">
        {refusal ? t(`editor.refusal.${refusal as 'tooManyStreams'}`) : ''}
      </p>
      <div className="editor__body">
        <Palette />
        <main className="editor__middle">
          <ReactFlowProvider>
            <FlowCanvas
              initialViewport={session.viewport}
              onViewportChange={session.viewportChanged}
            />
          </ReactFlowProvider>
          {doc && (
            <PreviewServicesContext.Provider value={preview}>
              <PreviewPanel doc={doc} onSettings={changeSettings} onAddAudience={addAudience} />
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

function ExportNow() {
  const { t } = useTranslation();
  const doc = useEditor((s) => s.doc);
  return (
    <button type="button" onClick={() => doc && downloadJson(doc, documentFileName(doc))}>
      {t('editor.export')}
    </button>
  );
}
