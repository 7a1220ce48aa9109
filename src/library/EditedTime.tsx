// When a program was last edited: relative while recent, with the full date on hover.
import { useTranslation } from 'react-i18next';
import { fullDateTime, relativeTime } from './relativeTime';

export function EditedTime({ time, now }: { time: number; now: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const full = fullDateTime(time, locale);
  return (
    <time dateTime={new Date(time).toISOString()} title={t('library.edited.full', { date: full })}>
      {relativeTime(time, now, locale) ?? t('library.edited.justNow')}
    </time>
  );
}
