/** An instant on the person's wall clock; on hover, the same instant in the program's zone. */
import { useTranslation } from 'react-i18next';
import { instantText } from '../../simulation/derive/dates';

export function LocalTime({
  at,
  text,
  zone,
  programZone,
}: {
  at: string;
  /** The instant as shown (a time of day, or a date and time) in `zone`. */
  text: string;
  zone: string;
  programZone: string;
}) {
  const { t, i18n } = useTranslation();
  const title =
    zone === programZone
      ? undefined
      : t('preview.journey.programTime', {
          time: instantText(i18n.language, Date.parse(at), programZone),
          zone: programZone,
        });
  return (
    <time dateTime={at} title={title} className="journey-time">
      {text}
    </time>
  );
}
