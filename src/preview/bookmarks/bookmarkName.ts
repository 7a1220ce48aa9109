/** A bookmark's label: its name, or the moment in words ("Tue, Mar 11, 2025 · ann"). */
import type { TFunction } from 'i18next';
import { longDate } from '../../simulation/derive/dates';
import type { Bookmark } from './bookmarkPort';

export function bookmarkLabel(t: TFunction, language: string, mark: Bookmark): string {
  if (mark.name !== null) return mark.name;
  const date =
    mark.cursorDay === null ? t('preview.bookmarks.firstCast') : longDate(language, mark.cursorDay);
  return mark.person === null
    ? date
    : t('preview.bookmarks.defaultName', { date, person: mark.person });
}
