/**
 * One event in the Script table: when, who, what and the details in words, what is wrong with it
 * if the program no longer fits it (a deleted stream, item or person), and its actions.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioEvent } from '../../model';
import type { Names } from '../../wording/names';
import { checkDraft, type EventContext } from './eventChecks';
import { draftOf } from './eventDraft';
import { detailsText, whatText, whenText, whoText } from './eventText';
import { CopyIcon, DeleteIcon } from './icons';
import { useProblemText } from './useProblemText';

export interface EventRowProps {
  event: ScenarioEvent;
  /** Index in the file's `events`. */
  index: number;
  /** Row number in the table, from 1 (the header is row 1). */
  rowIndex: number;
  zone: string;
  names: Names;
  context: EventContext;
  firstStream: string | undefined;
  selected: boolean;
  onEdit: (index: number) => void;
  onDuplicate: (index: number) => void;
  onDelete: (index: number) => void;
}

export const EventRow = memo(function EventRow(props: EventRowProps) {
  const { event, index, zone, names, context, selected } = props;
  const { t, i18n } = useTranslation();
  const problemText = useProblemText();
  const when = whenText(i18n.language, event.at, zone);
  const who = whoText(t, event);
  const what = whatText(t, event);
  const problem = checkDraft(draftOf(event), context)[0];
  const label = t('preview.script.rowLabel', { what, who, when: when.text });
  const details = problem
    ? problemText(problem, event.type)
    : detailsText(t, i18n.language, event, names, props.firstStream);
  return (
    <tr
      className={`script-row${selected ? ' script-row--selected' : ''}${problem ? ' script-row--problem' : ''}`}
      aria-rowindex={props.rowIndex}
      aria-current={selected ? 'true' : undefined}
      data-event={index}
    >
      <td>
        <div className="script-row__when">
          <button
            type="button"
            className="script-row__edit"
            title={when.text}
            aria-label={t('preview.script.editLabel', { event: label })}
            onClick={() => props.onEdit(index)}
          >
            {when.text}
          </button>
          {when.absolute && (
            <span
              className="script-row__absolute"
              title={t('preview.script.absoluteTitle', { local: when.local, zone })}
            >
              {t('preview.script.absolute')}
            </span>
          )}
        </div>
      </td>
      <td className="script-row__who">{who}</td>
      <td title={what}>{what}</td>
      <td className="script-row__details" title={details}>
        {problem ? (
          <span className="script-row__problem">
            <span aria-hidden="true">⚠ </span>
            {details}
          </span>
        ) : (
          details
        )}
      </td>
      <td className="script-row__actions">
        <button
          type="button"
          className="script-row__icon"
          aria-label={t('preview.script.duplicateLabel', { event: label })}
          title={t('preview.script.duplicate')}
          onClick={() => props.onDuplicate(index)}
        >
          <CopyIcon />
        </button>
        <button
          type="button"
          className="script-row__icon script-row__icon--delete"
          aria-label={t('preview.script.deleteLabel', { event: label })}
          title={t('preview.script.delete')}
          onClick={() => props.onDelete(index)}
        >
          <DeleteIcon />
        </button>
      </td>
    </tr>
  );
});
