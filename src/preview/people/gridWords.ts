/**
 * The people grid's wording, made once per language and result and handed to every row and cell:
 * hundreds of cells mount as the grid scrolls, and each asking react-i18next for itself (or
 * wording a cell it has worded before) costs more than drawing it.
 */
import type { TFunction } from 'i18next';
import type { PreviewFrame } from '../../engine';
import type { DayCell } from './cellModel';
import { cellText } from './cellText';

export interface GridWords {
  t: TFunction;
  /** A cell in words (remembered per cell: a row scrolled back is not worded again). */
  describe(cell: DayCell | undefined): string;
  loading: string;
  fileTag: string;
  paused: string;
  lost: string;
  ranDry: string;
  removed: string;
}

export function gridWords(t: TFunction, language: string, frame: PreviewFrame): GridWords {
  const said = new WeakMap<DayCell, string>();
  const empty = t('preview.people.emptyCell');
  return {
    t,
    describe(cell) {
      if (cell === undefined) return empty;
      let text = said.get(cell);
      if (text === undefined) said.set(cell, (text = cellText(t, language, frame, cell)));
      return text;
    },
    loading: t('preview.people.loading'),
    fileTag: t('preview.people.fileTag'),
    paused: t('preview.people.short.paused'),
    lost: t('preview.people.short.lost'),
    ranDry: t('preview.people.short.ranDry'),
    removed: t('preview.people.short.removed'),
  };
}
