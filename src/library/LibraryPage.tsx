/**
 * The program library: every program kept in this browser, with open, rename, duplicate, export
 * and delete (undoable); "New program"; and import from a file, by button or by dropping it
 * anywhere on the window. Files are fully validated first: one with problems changes nothing.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/servicesContext';
import { useProgramList } from '../db/queries';
import { DropOverlay } from './DropOverlay';
import { EmptyLibrary } from './EmptyLibrary';
import type { ImportFailure } from './importFiles';
import { ImportProblemsDialog } from './ImportProblemsDialog';
import './library.css';
import './libraryLayers.css';
import { LibraryToast } from './LibraryToast';
import { LibraryToolbar } from './LibraryToolbar';
import { NewProgramDialog } from './NewProgramDialog';
import { ProgramTable } from './ProgramTable';
import { errorMessage } from '../ui/errorMessage';
import { StorageErrorBanner } from './StorageErrorBanner';
import { useFileDrop } from './useFileDrop';
import { useLibraryActions } from './useLibraryActions';
import { useLibraryFeedback } from './useLibraryFeedback';
import { useRowActions } from './useRowActions';

export function LibraryPage() {
  const { t } = useTranslation();
  const { repo } = useServices();
  const list = useProgramList(repo);
  const programs = list.data ?? [];
  const actions = useLibraryActions();
  const root = useRef<HTMLElement>(null);
  const feedback = useLibraryFeedback(root, list.data);
  const rowActions = useRowActions(actions, feedback, programs);
  const [creating, setCreating] = useState(false);
  const [failures, setFailures] = useState<ImportFailure[] | null>(null);
  const { showToast, report } = feedback;
  // Shown from the first failed read on, while TanStack Query still retries in the background.
  const listError = list.data === undefined ? (list.error ?? list.failureReason) : null;

  const importAll = useCallback(
    async (files: File[]) => {
      try {
        // The parser and the format's schemas load when a file comes, not with the page.
        const { importFiles } = await import('./importFiles');
        const outcome = await importFiles(files, actions.importProgram, t);
        const [first] = outcome.imported;
        if (first)
          showToast(
            t('library.toast.imported', { count: outcome.imported.length, name: first.name }),
          );
        if (outcome.failures.length > 0) setFailures(outcome.failures);
      } catch (error) {
        report(error);
      }
    },
    [actions, showToast, report, t],
  );
  const dragging = useFileDrop((files) => void importAll(files));

  return (
    <section className="library" aria-labelledby="library-title" ref={root}>
      <div className="library__head">
        <div className="library__heading">
          <h1 id="library-title" className="library__title">
            {t('library.title')}
          </h1>
          <p className="library__intro">{t('library.intro')}</p>
        </div>
        <LibraryToolbar onNew={() => setCreating(true)} onImport={(f) => void importAll(f)} />
      </div>

      {feedback.error !== null && (
        <StorageErrorBanner message={feedback.error} onDismiss={feedback.dismissError} />
      )}
      {listError ? (
        <StorageErrorBanner message={errorMessage(t, listError)} />
      ) : list.isPending ? (
        <p className="library__loading">{t('library.loading')}</p>
      ) : programs.length === 0 ? (
        <EmptyLibrary create={actions.create} onError={report} />
      ) : (
        <ProgramTable programs={programs} actions={rowActions} />
      )}

      <LibraryToast toast={feedback.toast} onDismiss={feedback.dismissToast} />
      {creating && (
        <NewProgramDialog
          create={actions.create}
          onClose={() => setCreating(false)}
          onError={report}
        />
      )}
      {failures && <ImportProblemsDialog failures={failures} onClose={() => setFailures(null)} />}
      {dragging && <DropOverlay />}
    </section>
  );
}
