/** The severity of a problem: a shape and colour for the eye, the word for screen readers. */
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../document/lint';

export function SeverityIcon({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`problem__icon problem__icon--${severity}`}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        {severity === 'error' ? (
          <>
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="white" strokeWidth="1.8" />
          </>
        ) : (
          <>
            <path d="M8 1.2L15.2 14.4H0.8Z" fill="currentColor" />
            <path d="M8 6v4.2M8 11.6v1.4" stroke="white" strokeWidth="1.8" />
          </>
        )}
      </svg>
      <span className="problems__sr">{t(`problems.severity.${severity}`)}</span>
    </span>
  );
}
