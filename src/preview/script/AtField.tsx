/**
 * When an event happens, typed in the app's language: a date and a time on the program's wall
 * clock (DateField, TimeField), and for a fixed instant an offset as the file writes it (Z, +01:00).
 * The event keeps what the fields do not show: seconds written in the file stay until the time is
 * changed. The parts are put back together into the file's `at` (YYYY-MM-DDTHH:mm[:ss][offset]).
 */
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { TimeField } from '../../ui/TimeField';
import { atOf, atParts, type AtParts } from './atParts';
import { DraftTextField } from './fields/DraftTextField';

const OFFSET = /^(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

export function AtField({
  at,
  zone,
  error,
  onChange,
}: {
  at: string;
  /** The program's time zone, where a time without offset is read. */
  zone: string;
  error: string | null;
  onChange: (at: string) => void;
}) {
  const { t } = useTranslation();
  const parts = atParts(at);
  const set = (patch: Partial<AtParts>) => onChange(atOf({ ...parts, ...patch }));
  return (
    <fieldset className="script-editor__at">
      <legend>{t('preview.script.editor.at')}</legend>
      <DateField
        className="pf-field"
        inputClassName="pf-input"
        label={t('preview.script.editor.atDate')}
        value={parts.date}
        onCommit={(date) => set({ date })}
      />
      <TimeField
        className="pf-field"
        inputClassName="pf-input"
        label={t('preview.script.editor.atTime')}
        value={parts.time}
        onCommit={(time) => set({ time, seconds: '' })}
      />
      <DraftTextField
        label={t('preview.script.editor.atOffset')}
        hint={t('preview.script.editor.atOffsetHint', { zone })}
        value={parts.offset}
        spellCheck={false}
        autoComplete="off"
        check={(text) =>
          OFFSET.test(text.trim()) ? null : t('preview.script.editor.atOffsetInvalid')
        }
        onCommit={(text) => set({ offset: text.trim() })}
      />
      {error && (
        <p className="pf-field__error script-editor__at-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
