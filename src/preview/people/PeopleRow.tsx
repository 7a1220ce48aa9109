/**
 * One row of the people grid: the person's id and cohort (a click, or Enter, opens their journey)
 * and their cells on the date columns in view. Memoised: scrolling re-renders only what changed.
 */
import { memo } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { PreviewFrame } from '../../engine';
import type { PersonRow } from './cellModel';
import { PeopleCell } from './PeopleCell';
import { posAttr, ROW_HEIGHT } from './gridLayout';
import type { GridWords } from './gridWords';

export interface PeopleRowProps {
  frame: PreviewFrame;
  words: GridWords;
  /** Grid row (1 for the first person: row 0 is the dates). */
  row: number;
  top: number;
  width: number;
  id: string;
  cohort: string | null;
  data: PersonRow | undefined;
  columns: VirtualItem[];
  dates: string[];
  /** The focused column when this row holds the focus, else -1. */
  focusedCol: number;
  cursorCol: number;
  journeyOpen: boolean;
  onOpen(id: string): void;
}

export const PeopleRow = memo(function PeopleRow({
  frame,
  words,
  row,
  top,
  width,
  id,
  cohort,
  data,
  columns,
  dates,
  focusedCol,
  cursorCol,
  journeyOpen,
  onOpen,
}: PeopleRowProps) {
  const { t } = words;
  const cohortText =
    cohort === null ? t('preview.people.fromFile') : t('preview.people.cohort', { cohort });
  const label = journeyOpen
    ? t('preview.people.rowLabelOpen', { person: id, cohort: cohortText })
    : t('preview.people.rowLabel', { person: id, cohort: cohortText });
  return (
    <div
      role="row"
      aria-rowindex={row + 1}
      className="people-row"
      style={{ top, height: ROW_HEIGHT, width }}
    >
      <div
        role="rowheader"
        aria-colindex={1}
        aria-label={label}
        title={t('preview.people.openJourney', { person: id })}
        tabIndex={focusedCol === 0 ? 0 : -1}
        data-pos={posAttr(row, 0)}
        className={`people-row__head${journeyOpen ? ' people-row__head--open' : ''}`}
        onClick={() => onOpen(id)}
      >
        <span className="people-row__id">{id}</span>
        <span className="people-row__cohort">{cohort ?? words.fileTag}</span>
      </div>
      {columns.map((column) => (
        <PeopleCell
          key={column.index}
          frame={frame}
          words={words}
          cell={data === undefined ? null : data.cells.get(column.index)}
          row={row}
          col={column.index + 1}
          left={column.start}
          date={dates[column.index]!}
          focused={focusedCol === column.index + 1}
          cursor={column.index === cursorCol}
        />
      ))}
    </div>
  );
});
