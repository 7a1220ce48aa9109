/**
 * People by cast dates: a grid virtualised both ways (a million rows, a year of dates), with a
 * sticky row of dates and a sticky column of people. The ARIA grid pattern: one cell is tabbable,
 * arrows, Home/End, Ctrl+Home/End and PageUp/PageDown move it; the focused cell stays rendered
 * while the grid scrolls. Enter on a person or a cell opens the journey; on a date, moves the cursor.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewFrame } from '../../engine';
import { longDate, shortDate } from '../../simulation/derive/dates';
import { personIdAt } from '../../simulation/derive/people';
import { previewStore } from '../../store/usePreview';
import { useRovingGrid } from '../useRovingGrid';
import { FocusLine } from './FocusLine';
import { gridWords } from './gridWords';
import {
  cohortOf,
  COLUMN_WIDTH,
  HEADER_HEIGHT,
  posAttr,
  rangeKeeping,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
} from './gridLayout';
import type { PeopleColumns } from './peopleColumns';
import { gridPlaceOf, rememberGridPlace } from './peopleViewStore';
import { PeopleRow } from './PeopleRow';
import type { RowList } from './usePeopleQuery';
import { useRowBlocks } from './useRowBlocks';

export interface PeopleGridProps {
  resultKey: string;
  frame: PreviewFrame;
  columns: PeopleColumns;
  list: RowList;
  cursorCol: number;
  /** The person whose journey is open. */
  person: string | null;
  program: string | null;
}

const openJourney = (id: string) => previewStore.getState().openPerson(id);

export function PeopleGrid(props: PeopleGridProps) {
  const { resultKey, frame, columns, list, cursorCol, person, program } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const cols = columns.days.length;
  // PageUp/PageDown move by the rows in view, known once the virtualiser has measured the grid.
  const [page, setPage] = useState(10);
  const roving = useRovingGrid(list.count + 1, cols + 1, page);
  const { active } = roving;
  // Where the grid was when its tab was last shown (opening a journey switches tabs).
  const [place] = useState(() => gridPlaceOf(program, list.key));

  // TanStack Virtual hands back fresh functions each render, which the React Compiler cannot
  // memoise; the grid simply re-renders as it scrolls, as the library intends.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: list.count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    useFlushSync: false,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor: rangeKeeping(active.row - 1),
    initialOffset: place?.top ?? 0,
    onChange: (v) =>
      setPage(Math.max(1, Math.floor(((v.scrollRect?.height ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT))),
  });
  const dateColumns = useVirtualizer({
    horizontal: true,
    count: cols,
    getScrollElement: () => scroller.current,
    estimateSize: () => COLUMN_WIDTH,
    overscan: 2,
    useFlushSync: false,
    scrollMargin: ROW_HEADER_WIDTH,
    scrollPaddingStart: ROW_HEADER_WIDTH,
    rangeExtractor: rangeKeeping(active.col - 1),
    // Back where it was; else with the date cursor's column first (set in another view, say).
    initialOffset: place?.left ?? Math.max(0, cursorCol) * COLUMN_WIDTH,
  });
  const rowItems = rows.getVirtualItems();
  const columnItems = dateColumns.getVirtualItems();
  const width = ROW_HEADER_WIDTH + dateColumns.getTotalSize();

  const shown = rowItems.filter((r) => r.index !== active.row - 1);
  const blocks = useRowBlocks(resultKey, frame, columns, list, {
    first: shown[0]?.index ?? 0,
    last: shown[shown.length - 1]?.index ?? -1,
    focused: active.row - 1,
  });

  const words = useMemo(() => gridWords(t, language, frame), [t, language, frame]);
  const dates = useMemo(() => columns.days.map((d) => longDate(language, d)), [columns, language]);
  const personOf = (row: number) => list.persons(row, row + 1)[0]!;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      if (active.row === 0) {
        if (active.col > 0) previewStore.getState().setCursor(columns.days[active.col - 1]!);
      } else openJourney(personIdAt(frame, personOf(active.row - 1)));
      event.preventDefault();
      return;
    }
    const next = roving.onKeyDown(event);
    if (next === null) return;
    if (next.row > 0) rows.scrollToIndex(next.row - 1);
    if (next.col > 0) dateColumns.scrollToIndex(next.col - 1);
    focusPending.current = true;
  };
  // A click (or a screen reader's cursor) focuses a cell directly: it becomes the tabbable one.
  const onFocus = (event: FocusEvent) => {
    const pos = (event.target as HTMLElement).dataset.pos;
    if (pos === undefined) return;
    const [row, col] = pos.split(':').map(Number) as [number, number];
    if (row !== active.row || col !== active.col) roving.setActive({ row, col });
  };
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    grid.current
      ?.querySelector<HTMLElement>(`[data-pos="${posAttr(active.row, active.col)}"]`)
      ?.focus({ preventScroll: true });
  });

  const remember = useCallback(() => {
    const el = scroller.current;
    if (el) rememberGridPlace(program, { rows: list.key, top: el.scrollTop, left: el.scrollLeft });
  }, [program, list.key]);

  return (
    <div className="people-grid">
      <div className="people-grid__scroll" ref={scroller} onScroll={remember}>
        <div
          ref={grid}
          role="grid"
          aria-label={t('preview.people.label')}
          aria-rowcount={list.count + 1}
          aria-colcount={cols + 1}
          className="people-grid__table"
          style={{ width, height: HEADER_HEIGHT + rows.getTotalSize() }}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          <div role="row" aria-rowindex={1} className="people-grid__head" style={{ width }}>
            <div
              role="columnheader"
              aria-colindex={1}
              tabIndex={active.row === 0 && active.col === 0 ? 0 : -1}
              data-pos={posAttr(0, 0)}
              className="people-grid__corner"
            >
              {t('preview.people.person')}
            </div>
            {columnItems.map((column) => (
              <div
                key={column.index}
                role="columnheader"
                aria-colindex={column.index + 2}
                aria-current={column.index === cursorCol ? 'date' : undefined}
                aria-label={dates[column.index]}
                title={t('preview.people.setCursor', { date: dates[column.index] })}
                tabIndex={active.row === 0 && active.col === column.index + 1 ? 0 : -1}
                data-pos={posAttr(0, column.index + 1)}
                className={`people-grid__date${column.index === cursorCol ? ' people-grid__date--cursor' : ''}`}
                style={{ left: column.start, width: COLUMN_WIDTH }}
                onClick={() => previewStore.getState().setCursor(columns.days[column.index]!)}
              >
                {shortDate(language, columns.days[column.index]!)}
              </div>
            ))}
          </div>
          {rowItems.map((item) => {
            const p = personOf(item.index);
            const id = personIdAt(frame, p);
            return (
              <PeopleRow
                key={item.index}
                frame={frame}
                words={words}
                row={item.index + 1}
                top={item.start}
                width={width}
                id={id}
                cohort={cohortOf(frame, p)}
                data={blocks.rowAt(item.index)}
                columns={columnItems}
                dates={dates}
                focusedCol={active.row === item.index + 1 ? active.col : -1}
                cursorCol={cursorCol}
                journeyOpen={id === person}
                onOpen={openJourney}
              />
            );
          })}
        </div>
      </div>
      <FocusLine
        frame={frame}
        id={active.row > 0 ? personIdAt(frame, personOf(active.row - 1)) : null}
        date={active.col > 0 ? dates[active.col - 1]! : null}
        data={active.row > 0 ? blocks.rowAt(active.row - 1) : undefined}
        col={active.col - 1}
        problem={blocks.problem(shown[0]?.index ?? 0)}
        onRetry={blocks.retry}
      />
    </div>
  );
}
