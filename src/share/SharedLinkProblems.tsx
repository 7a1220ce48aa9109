/** Why a share link was not opened: the import problems dialog, in a share link's words. */
import { useTranslation } from 'react-i18next';
import type { ImportFailure } from '../library/importFiles';
import { ImportProblemsDialog } from '../library/ImportProblemsDialog';

export function SharedLinkProblems({
  failure,
  onClose,
}: {
  failure: ImportFailure;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ImportProblemsDialog
      failures={[failure]}
      onClose={onClose}
      title={t('library.openLink.failedTitle')}
      intro={t('library.openLink.failedIntro')}
    />
  );
}
