/**
 * The line under the people grid: the focused (or clicked) cell in words, "ann · Tue, 4 Mar 2025:
 * Early: got E1", so the item's name shows on focus as well as on hover; or why rows are missing.
 */
import { useTranslation } from 'react-i18next';
import type { PreviewFrame } from '../../engine';
import type { PersonRow } from './cellModel';
import { cellText } from './cellText';
import { MISSING } from './usePeopleQuery';

export function FocusLine({
  frame,
  id,
  date,
  data,
  col,
  problem,
  onRetry,
}: {
  frame: PreviewFrame;
  /** The focused person, or null on the dates' row. */
  id: string | null;
  /** The focused date, or null on the people's column. */
  date: string | null;
  data: PersonRow | undefined;
  col: number;
  problem: string | undefined;
  onRetry(): void;
}) {
  const { t, i18n } = useTranslation();
  if (problem !== undefined)
    return (
      <p className="people-grid__focus people-grid__focus--problem" role="alert">
        {problem === MISSING ? (
          t('preview.people.unavailable')
        ) : (
          <>
            {t('preview.people.rowsProblem', { message: problem })}{' '}
            <button type="button" onClick={onRetry}>
              {t('preview.people.tryAgain')}
            </button>
          </>
        )}
      </p>
    );
  let text = t('preview.people.focusHint');
  if (id !== null && date === null) text = `${id} · ${t('preview.people.openJourneyHint')}`;
  else if (id !== null && date !== null)
    text = `${id} · ${date}: ${
      data ? cellText(t, i18n.language, frame, data.cells.get(col)) : t('preview.people.loading')
    }`;
  else if (date !== null) text = t('preview.people.dateHint', { date });
  return <p className="people-grid__focus">{text}</p>;
}
