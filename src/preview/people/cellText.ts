/**
 * A people cell in words, for its accessible name, its tooltip and the line under the grid: what
 * each cast came to, the marks spelled out, and each move with when and why. Also the short
 * symbols drawn in the cell (the legend explains them).
 */
import type { TFunction } from 'i18next';
import type { PreviewFrame } from '../../engine';
import type { CastCell, DayCell, Mark, MoveCell } from './cellModel';
import { itemLabel } from '../../wording/itemLabel';

/** A symbol per mark: never colour alone. */
export const MARK_SYMBOL: Record<Exclude<Mark, 'ranDry' | 'moved'>, string> = {
  blocked: '⊘',
  failed: '✗',
  paused: '‖',
  lost: '◌',
  exhausted: '∅',
};
export const MOVE_SYMBOL = { joined: '+', moved: '→', removed: '→' } as const;

const formats = new Map<string, Intl.DateTimeFormat>();

/** A move's instant on the program's wall clock; formats are kept (making one costs far more). */
function instantFormat(language: string, zone: string): Intl.DateTimeFormat {
  const key = `${language}|${zone}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: zone,
    });
    formats.set(key, format);
  }
  return format;
}

export function castText(
  t: TFunction,
  language: string,
  frame: PreviewFrame,
  cast: CastCell,
): string {
  const stream = frame.streamNames[cast.stream] ?? '';
  const item =
    cast.content >= 0
      ? itemLabel(language, frame.contentIds[cast.content] ?? '', frame.contentNames[cast.content])
      : '';
  const parts = [t(`preview.people.cast.${cast.state}`, { stream, item })];
  if (cast.ranDry) parts.push(t('preview.people.cast.ranDry'));
  else if (cast.exhausted) parts.push(t('preview.people.cast.exhausted'));
  return parts.join(', ');
}

export function moveText(
  t: TFunction,
  language: string,
  frame: PreviewFrame,
  move: MoveCell,
): string {
  const cause =
    move.cause.kind === 'event'
      ? t('preview.people.cause.event')
      : t(`preview.people.cause.${move.cause.kind}`, { id: move.cause.id });
  return t(`preview.people.move.${move.kind}`, {
    from: frame.streamNames[move.from] ?? '',
    to: frame.streamNames[move.to] ?? '',
    when: instantFormat(language, frame.zone).format(move.at),
    cause,
  });
}

/** The whole cell: its casts, then its moves. */
export function cellText(
  t: TFunction,
  language: string,
  frame: PreviewFrame,
  cell: DayCell | undefined,
): string {
  if (cell === undefined) return t('preview.people.emptyCell');
  return [
    ...cell.casts.map((cast) => castText(t, language, frame, cast)),
    ...cell.moves.map((move) => moveText(t, language, frame, move)),
  ].join('; ');
}
