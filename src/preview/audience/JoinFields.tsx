/**
 * "Add the new people to the program": listed people join only through events (spec: events), so
 * an import offers to add each new person to a stream at a date and time, one `add` event each.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { TimeField } from '../../ui/TimeField';
import type { JoinChoice } from './joinChoice';

export function JoinFields({
  choice,
  streams,
  onChange,
}: {
  choice: JoinChoice;
  streams: readonly { id: string; name: string }[];
  onChange(choice: JoinChoice): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (streams.length === 0)
    return <p className="modal__hint">{t('preview.audience.csv.join.noStreams')}</p>;
  const set = (patch: Partial<JoinChoice>) => onChange({ ...choice, ...patch });
  return (
    <fieldset className="csv-join">
      <legend className="visually-hidden">{t('preview.audience.csv.join.label')}</legend>
      <label className="csv-join__check">
        <input
          type="checkbox"
          checked={choice.join}
          onChange={(e) => set({ join: e.target.checked })}
        />
        {t('preview.audience.csv.join.label')}
      </label>
      <label htmlFor={`${id}-stream`}>{t('preview.audience.csv.join.stream')}</label>
      <select
        id={`${id}-stream`}
        value={choice.stream}
        disabled={!choice.join}
        onChange={(e) => set({ stream: e.target.value })}
      >
        {streams.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <DateField
        className="csv-join__when"
        label={t('preview.audience.csv.join.date')}
        value={choice.date}
        disabled={!choice.join}
        onCommit={(date) => set({ date })}
      />
      <TimeField
        className="csv-join__when"
        label={t('preview.audience.csv.join.time')}
        value={choice.time}
        disabled={!choice.join}
        onCommit={(time) => set({ time })}
      />
    </fieldset>
  );
}
