/**
 * The page of a share link (`#/open/<data>`): imports the program the link carries as a new copy,
 * then opens it in place of the link, so neither reload nor Back imports it a second time. A link
 * that cannot be opened goes back to the library and hands its problems to `onFailed`.
 */
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { replaceRoute } from '../app/route';
import type { CreateProgram, ImportFailure, ImportResult } from '../library/importFiles';
import { useLibraryActions } from '../library/useLibraryActions';
import { errorMessage } from '../ui/errorMessage';

// One import per link being opened: React's development double effect, or a re-render while the
// link is read, joins the import under way instead of storing a second copy.
const opening = new Map<string, Promise<ImportResult>>();

function openOnce(data: string, create: CreateProgram, t: TFunction): Promise<ImportResult> {
  let pending = opening.get(data);
  if (pending === undefined) {
    // The reader, the format's schemas and the packing load only when a link is opened.
    pending = import('./openSharedLink')
      .then(({ openSharedLink }) => openSharedLink(data, create, t))
      .catch((error: unknown): ImportResult => ({
        ok: false,
        failure: { fileName: t('library.openLink.source'), problems: [errorMessage(t, error)] },
      }))
      .finally(() => opening.delete(data));
    opening.set(data, pending);
  }
  return pending;
}

export function SharedLinkOpener({
  data,
  onFailed,
}: {
  data: string;
  onFailed: (failure: ImportFailure) => void;
}) {
  const { t } = useTranslation();
  const { importProgram } = useLibraryActions();
  useEffect(() => {
    let current = true;
    void openOnce(data, importProgram, t).then((result) => {
      if (!current) return;
      if (result.ok) {
        replaceRoute({ page: 'program', id: result.program.id });
      } else {
        onFailed(result.failure);
        replaceRoute({ page: 'library' });
      }
    });
    return () => {
      current = false;
    };
  }, [data, importProgram, t, onFailed]);
  return (
    <main className="app-main">
      <p className="library__loading" role="status">
        {t('library.openLink.opening')}
      </p>
    </main>
  );
}
