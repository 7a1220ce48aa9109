/**
 * "New program" and "Import scenario". The import button opens a hidden file input, so the
 * visible control is an ordinary, focusable button.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface LibraryToolbarProps {
  onNew: () => void;
  onImport: (files: File[]) => void;
}

export function LibraryToolbar({ onNew, onImport }: LibraryToolbarProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="library__toolbar" role="group" aria-label={t('library.actions')}>
      <button
        type="button"
        className="library__button library__button--primary"
        onClick={onNew}
        data-focus-key="new"
      >
        <span aria-hidden="true" className="library__button-icon">
          +
        </span>
        {t('library.new')}
      </button>
      <button type="button" className="library__button" onClick={() => input.current?.click()}>
        {t('library.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        data-testid="import-input"
        aria-label={t('library.import')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = ''; // the same file can be chosen again
          if (files.length > 0) onImport(files);
        }}
      />
      <span className="library__hint">{t('library.importHint')}</span>
    </div>
  );
}
