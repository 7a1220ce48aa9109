/**
 * One person on one cast date: a chip per cast (the item on its stream's colour, with a symbol for
 * blocked, failed smart list, paused, lost, exhausted, and "ran dry" in words), then the moves of
 * that date. Its accessible name and tooltip say all of it in words.
 */
import { memo } from 'react';
import type { PreviewFrame } from '../../engine';
import { swatchStyle } from '../../ui/palette';
import { castMarks, type CastCell, type DayCell, type MoveCell } from './cellModel';
import { MARK_SYMBOL, MOVE_SYMBOL } from './cellText';
import { COLUMN_WIDTH, posAttr } from './gridLayout';
import type { GridWords } from './gridWords';

export interface PeopleCellProps {
  frame: PreviewFrame;
  words: GridWords;
  /** Undefined: nothing that day; null: the row is not loaded yet. */
  cell: DayCell | undefined | null;
  row: number;
  col: number;
  left: number;
  date: string;
  focused: boolean;
  cursor: boolean;
}

export const PeopleCell = memo(function PeopleCell({
  frame,
  words,
  cell,
  row,
  col,
  left,
  date,
  focused,
  cursor,
}: PeopleCellProps) {
  const label = `${date}: ${cell === null ? words.loading : words.describe(cell)}`;
  return (
    <div
      role="gridcell"
      aria-colindex={col + 1}
      aria-label={label}
      aria-busy={cell === null || undefined}
      title={cell === null ? undefined : label}
      tabIndex={focused ? 0 : -1}
      data-pos={posAttr(row, col)}
      className={`people-cell${cursor ? ' people-cell--cursor' : ''}`}
      style={{ left, width: COLUMN_WIDTH }}
    >
      {cell === null ? (
        <span className="people-cell__placeholder" />
      ) : (
        cell && (
          <>
            {cell.casts.map((cast) => (
              <CastChip key={cast.cast} cast={cast} frame={frame} words={words} />
            ))}
            {cell.moves.map((move, i) => (
              <MoveChip key={i} move={move} frame={frame} words={words} />
            ))}
          </>
        )
      )}
    </div>
  );
});

function CastChip({
  cast,
  frame,
  words,
}: {
  cast: CastCell;
  frame: PreviewFrame;
  words: GridWords;
}) {
  const symbol = castMarks(cast)
    .map((mark) => (mark === 'exhausted' || mark === 'ranDry' ? '' : MARK_SYMBOL[mark]))
    .join('');
  const item = cast.content >= 0 ? frame.contentIds[cast.content] : '';
  return (
    <span className={`people-chip people-chip--${cast.state}`} style={swatchStyle(cast.stream)}>
      {symbol && <span className="people-chip__mark">{symbol}</span>}
      {item ? (
        <span className="people-chip__item">{item}</span>
      ) : (
        (cast.state === 'paused' || cast.state === 'lost') && <span>{words[cast.state]}</span>
      )}
      {cast.ranDry ? (
        <span className="people-chip__dry">
          {MARK_SYMBOL.exhausted} {words.ranDry}
        </span>
      ) : (
        cast.exhausted && <span className="people-chip__exhausted">{MARK_SYMBOL.exhausted}</span>
      )}
    </span>
  );
}

function MoveChip({
  move,
  frame,
  words,
}: {
  move: MoveCell;
  frame: PreviewFrame;
  words: GridWords;
}) {
  return (
    <span
      className={`people-move people-move--${move.kind}`}
      style={move.to >= 0 ? swatchStyle(move.to) : undefined}
    >
      {MOVE_SYMBOL[move.kind]}
      {move.kind === 'removed' ? words.removed : frame.streamNames[move.to]}
    </span>
  );
}
