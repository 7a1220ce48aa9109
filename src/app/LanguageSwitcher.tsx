import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../i18n/languages.ts';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();

  function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    const language = event.target.value;
    if (isLanguage(language)) void i18n.changeLanguage(language);
  }

  return (
    <div className="language-switcher">
      <label className="language-switcher__label" htmlFor="language-switcher">
        {t('language.label')}
      </label>
      <select
        id="language-switcher"
        className="language-switcher__select"
        value={i18n.resolvedLanguage}
        onChange={handleChange}
      >
        {LANGUAGES.map((language) => (
          // Each language is named in itself, so a reader can find theirs in any UI language.
          <option key={language} value={language} lang={language}>
            {t('language.name', { lng: language })}
          </option>
        ))}
      </select>
    </div>
  );
}
