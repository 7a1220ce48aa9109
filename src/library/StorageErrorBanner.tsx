// A failed write or read, in words the user can act on; stays until dismissed.
import { useTranslation } from 'react-i18next';

export function StorageErrorBanner({
  message,
  onDismiss,
}: {
  message: string;
  onDismiss?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="library-alert" role="alert">
      <p className="library-alert__text">{message}</p>
      {onDismiss && (
        <button
          type="button"
          className="library__button library__button--small"
          onClick={onDismiss}
        >
          {t('library.errors.dismiss')}
        </button>
      )}
    </div>
  );
}
