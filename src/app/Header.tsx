import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { Logo } from './Logo.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';
import { useRoute } from './route.ts';

/**
 * The top bar. Over the library it spans the library's column; in the editor it spans the whole
 * window on one line, with the editor's toolbar's edges and height, so the two bars line up.
 */
export function Header() {
  const { t } = useTranslation();
  const editor = useRoute().page === 'program';
  return (
    <header className={`app-header${editor ? ' app-header--editor' : ''}`}>
      <div className="app-header__inner">
        <div className="brand">
          <Logo className="brand__logo" />
          <div className="brand__text">
            <span className="brand__name">{t('header.productName')}</span>
            <span className="brand__tagline">{t('header.tagline')}</span>
          </div>
        </div>
        <UpdateBanner />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
