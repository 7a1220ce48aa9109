/**
 * The people grid's fixed geometry (every row and every date column the same size, so the
 * virtualisers need no measuring) and small helpers shared by its parts.
 */
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import type { PreviewFrame } from '../../engine';

export const ROW_HEIGHT = 30;
export const HEADER_HEIGHT = 34;
export const COLUMN_WIDTH = 96;
export const ROW_HEADER_WIDTH = 168;

/**
 * The rendered range, plus `keep` (the focused row or column) wherever it is, so focus is never
 * lost to a scroll: a virtualiser drops what is off screen, and a dropped element takes focus along.
 */
export function rangeKeeping(keep: number) {
  return (range: Range): number[] => {
    const indexes = defaultRangeExtractor(range);
    if (keep < 0 || keep >= range.count || indexes.includes(keep)) return indexes;
    return [...indexes, keep].sort((a, b) => a - b);
  };
}

/** The cohort a person was generated in, or null for the people listed in the file. */
export function cohortOf(frame: PreviewFrame, person: number): string | null {
  const g = person - frame.explicitIds.length;
  if (g < 0) return null;
  for (const cohort of frame.cohorts)
    if (g >= cohort.start && g < cohort.start + cohort.size) return cohort.id;
  return null;
}

/** Where the grid's focus is: row 0 is the dates' header row, column 0 the people's names. */
export const posAttr = (row: number, col: number) => `${row}:${col}`;
