/** One version in the history: when it was kept (date and time, and how long ago), its stream count, Restore. */
import { useTranslation } from 'react-i18next';
import type { Revision } from './historyPort';
import { versionAgo, versionTime } from './versionTime';

interface RevisionItemProps {
  revision: Revision;
  now: number;
  locale: string;
  onRestore: (revision: Revision) => void;
}

export function RevisionItem({ revision, now, locale, onRestore }: RevisionItemProps) {
  const { t } = useTranslation();
  const time = versionTime(revision.savedAt, locale);
  return (
    <li className="history__item">
      <div className="history__when">
        <time className="history__time" dateTime={new Date(revision.savedAt).toISOString()}>
          {time}
        </time>
        <span className="history__meta">
          <span>{versionAgo(revision.savedAt, now, locale) ?? t('history.justNow')}</span>
          <span aria-hidden="true">·</span>
          <span>{t('history.streams', { count: revision.streamCount })}</span>
        </span>
      </div>
      <button
        type="button"
        className="history__restore"
        aria-label={t('history.restoreLabel', { time })}
        onClick={() => onRestore(revision)}
      >
        {t('history.restore')}
      </button>
    </li>
  );
}
