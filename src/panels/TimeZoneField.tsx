/**
 * The program's time zone: a text field searchable through the browser's list of IANA zones. A
 * name the time-zone database does not know is not applied, and the field says so on leaving it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftInput } from './DraftInput';
import { knownZones, resolveZone } from './zones';

export function TimeZoneField({
  value,
  onChange,
}: {
  value: string;
  onChange: (zone: string) => void;
}) {
  const { t } = useTranslation();
  const listId = useId();
  return (
    <>
      <DraftInput
        label={t('inspector.program.timeZone')}
        hint={t('inspector.program.timeZoneHint')}
        list={listId}
        autoComplete="off"
        spellCheck={false}
        value={value}
        errorOnBlur
        check={(text) =>
          resolveZone(text) ? null : t('inspector.errors.timeZone', { zone: text, current: value })
        }
        same={(text, zone) => resolveZone(text) === zone}
        onCommit={(text) => onChange(resolveZone(text)!)}
      />
      <datalist id={listId}>
        {knownZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
