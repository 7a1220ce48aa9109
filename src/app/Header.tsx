import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { Logo } from './Logo.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
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
