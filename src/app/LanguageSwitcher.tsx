import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages.ts';
import { useBrowsingSelect } from '../ui/useBrowsingSelect.ts';

/** The interface language: the arrow keys browse the languages, Enter switches (see useBrowsingSelect). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const { pending, selectProps } = useBrowsingSelect<Language>(current, (language) => {
    void i18n.changeLanguage(language);
  });

  return (
    <div className="language-switcher">
      <label className="language-switcher__label" htmlFor="language-switcher">
        {t('language.label')}
      </label>
      <select
        id="language-switcher"
        className="language-switcher__select"
        aria-describedby={pending !== undefined ? 'language-switcher-pending' : undefined}
        {...selectProps}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      {pending !== undefined && (
        <span id="language-switcher-pending" className="visually-hidden">
          {t('inspector.select.pending')}
        </span>
      )}
    </div>
  );
}
