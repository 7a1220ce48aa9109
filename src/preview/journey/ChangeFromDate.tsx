/**
 * "Pause from here": pause, resume or remove the person from the start of a date (the date cursor
 * unless another is typed), as a scripted event in the document: one undoable named action, after
 * which the preview runs again and the journey shows the effect.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addEvent } from '../../document/actions/events';
import { dayOfIso, isoOfDay, mediumDate, shortDate } from '../../simulation/derive/dates';
import { editorStore } from '../../store/useEditor';
import { previewStore } from '../../store/usePreview';
import { DateField } from '../../ui/DateField';

const ACTIONS = ['pause', 'resume', 'remove'] as const;
type Change = (typeof ACTIONS)[number];

export function ChangeFromDate({
  person,
  day,
  programZone,
}: {
  person: string;
  /** The date offered first: the date cursor. */
  day: number;
  programZone: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [typed, setTyped] = useState(isoOfDay(day));
  const [added, setAdded] = useState<string | null>(null);
  const description = useId();
  const title = useId();
  // The field commits only whole, valid dates, so `typed` is always one.
  const chosen = dayOfIso(typed);
  const date = shortDate(language, chosen);

  const apply = (change: Change) => {
    // A local date-time: midnight on the program's wall clock (spec: Times).
    const at = `${isoOfDay(chosen)}T00:00`;
    const result = editorStore.getState().apply(addEvent, { event: { at, type: change, person } });
    // The journey follows the cursor: bring the date of the change, and its effect, into view.
    if (result.ok) previewStore.getState().setCursor(chosen);
    if (result.ok)
      setAdded(
        t('preview.journey.change.added', {
          what: t(`preview.journey.change.${change}`, { person, date }),
        }),
      );
  };

  return (
    <section className="journey-side__section" aria-labelledby={title}>
      <h3 id={title}>{t('preview.journey.change.title')}</h3>
      <DateField
        className="journey-side__field"
        label={t('preview.journey.change.date')}
        value={typed}
        onCommit={(iso) => {
          setTyped(iso);
          setAdded(null);
        }}
      />
      <p className="journey-side__hint">{t('preview.journey.change.hint')}</p>
      <p id={description} className="journey-side__hint">
        {t('preview.journey.change.description', {
          date: mediumDate(language, chosen),
          zone: programZone,
        })}
      </p>
      <div className="journey-side__actions">
        {ACTIONS.map((change) => (
          <button
            key={change}
            type="button"
            aria-describedby={description}
            onClick={() => apply(change)}
          >
            {t(`preview.journey.change.${change}`, { person, date })}
          </button>
        ))}
      </div>
      <p className="journey-side__status" role="status">
        {added}
      </p>
    </section>
  );
}
