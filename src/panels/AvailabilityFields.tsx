/**
 * An item's availability window (R9): inclusive Active From / Active Through dates, either empty.
 * Notes, not errors, when the window is backwards (never eligible, allowed by the format) or over.
 */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../wording/dates';
import { DateField } from '../ui/DateField';
import { useToday } from '../ui/today';

type Bound = 'activeFrom' | 'activeThrough';

export function AvailabilityFields({
  from,
  through,
  onChange,
}: {
  from: string | null | undefined;
  through: string | null | undefined;
  /** undefined clears the bound. */
  onChange: (bound: Bound, date: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const field = (bound: Bound, value: string | null | undefined) => (
    <DateField
      label={t(`inspector.item.${bound}`)}
      value={value ?? ''}
      optional
      onCommit={(iso) => onChange(bound, iso === '' ? undefined : iso)}
    />
  );
  const backwards = from && through && from > through;
  const over = !backwards && through && through < today;
  return (
    <>
      <div className="field-row">
        {field('activeFrom', from)}
        {field('activeThrough', through)}
      </div>
      <p className="field__hint">{t('inspector.item.windowHint')}</p>
      <p className="field__warning" role="status">
        {backwards
          ? t('inspector.item.backwards')
          : over
            ? t('inspector.item.over', { date: formatDate(i18n.language, through) })
            : ''}
      </p>
    </>
  );
}
