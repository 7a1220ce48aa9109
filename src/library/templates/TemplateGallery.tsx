/**
 * The starter programs on the empty library: one button per template, each opening a copy of it
 * (named after the template's title in the UI language) in the editor.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryActions } from '../useLibraryActions';
import { TEMPLATE_IDS, type TemplateId } from './catalog';
import { startFromTemplate } from './startFromTemplate';
import './templates.css';

interface TemplateGalleryProps {
  create: LibraryActions['create'];
  onError: (error: unknown) => void;
}

export function TemplateGallery({ create, onError }: TemplateGalleryProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [busy, setBusy] = useState(false);

  async function open(id: TemplateId) {
    setBusy(true);
    try {
      const name = t(`library.templates.${id}.title`);
      await startFromTemplate(create, id, name, i18n.resolvedLanguage ?? 'en');
    } catch (error) {
      setBusy(false);
      onError(error);
    }
  }

  return (
    <section className="templates" aria-labelledby={headingId}>
      <h2 id={headingId} className="templates__title">
        {t('library.templates.title')}
      </h2>
      <p className="templates__intro">{t('library.templates.intro')}</p>
      <ul className="templates__list">
        {TEMPLATE_IDS.map((id) => (
          // The title alone names the button (the description is read after it); the
          // button's hit area covers the whole card (templates.css).
          <li key={id} className="templates__card">
            <button
              type="button"
              className="templates__open"
              aria-describedby={`${headingId}-${id}`}
              disabled={busy}
              onClick={() => void open(id)}
            >
              {t(`library.templates.${id}.title`)}
            </button>
            <p id={`${headingId}-${id}`} className="templates__description">
              {t(`library.templates.${id}.description`)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
