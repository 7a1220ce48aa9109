/**
 * The inline rename field: Enter saves, Escape cancels, leaving the field saves too (like a file
 * manager). An empty or unchanged name saves nothing. Only a key returns focus to the Rename
 * button: after a click elsewhere, focus stays where the user put it.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RenameFieldProps {
  name: string;
  /** `name` is null when nothing is to be saved; `byKey` when Enter or Escape ended the edit. */
  onDone: (name: string | null, byKey: boolean) => void;
}

export function RenameField({ name, onDone }: RenameFieldProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [value, setValue] = useState(name);
  // Enter and Escape end the edit; the blur that follows must not end it a second time.
  const settled = useRef(false);

  function finish(save: boolean, byKey: boolean) {
    if (settled.current) return;
    settled.current = true;
    const next = value.trim();
    onDone(save && next !== '' && next !== name ? next : null, byKey);
  }

  return (
    <span className="rename">
      <input
        className="rename__input"
        value={value}
        aria-label={t('library.row.renameField', { name })}
        aria-describedby={hintId}
        maxLength={200}
        autoFocus
        onFocus={(event) => event.target.select()}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => finish(true, false)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            finish(true, true);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            finish(false, true);
          }
        }}
      />
      <span id={hintId} className="rename__hint">
        {t('library.row.renameHint')}
      </span>
    </span>
  );
}
